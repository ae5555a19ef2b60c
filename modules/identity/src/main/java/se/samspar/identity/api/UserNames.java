package se.samspar.identity.api;

/**
 * People's names where a page would otherwise show a username (issue 16: "Utsedd rapportör: Erik Sandberg", not
 * "polis"). Any signed-in user may read them: a name is what the pages already show beside every status report.
 */
public interface UserNames {
    /** The display name of the account with this username; the username itself when there is none; null for null. */
    String displayName(String username);

    /**
     * Username → display name for a page of usernames in one query (the audit trail's rows), at most 1,000; usernames
     * without an account are left out.
     */
    java.util.Map<String, String> displayNames(java.util.Collection<String> usernames);
}

package se.samspar.identity.api;

/**
 * What a sign-in form's username field held, kept out of the records: for a username without an account
 * (perhaps a password typed in the wrong field) only a keyed hash is stored, its pseudonym. Searching the
 * audit trail for a typed name finds its pseudonym too.
 */
public interface SignInNames {
    /** The pseudonym of a typed username (case and surrounding space ignored), e.g. {@code ?3fa90c21d5e7b804}. */
    String pseudonym(String typedUsername);
}

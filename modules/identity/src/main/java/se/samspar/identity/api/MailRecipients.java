package se.samspar.identity.api;

import java.util.Collection;
import java.util.List;

/**
 * Who gets reminders by e-mail: active accounts with an address that have not said no. Read a page at a time for
 * the system's sending; the opt-out is the signed-in user's own.
 */
public interface MailRecipients {
    /** Up to {@code limit} recipients with an id above {@code afterUserId}, by id (keyset paging). */
    List<Recipient> after(long afterUserId, int limit);

    /** The recipients belonging to these organisations, at most {@code limit}. */
    List<Recipient> ofOrganisations(Collection<Long> organisationIds, int limit);

    /** Whether the signed-in user has said no to reminders by e-mail. */
    boolean optedOut();

    /** The signed-in user says no (true) or yes again (false) to reminders by e-mail. */
    void optOut(boolean off);
}

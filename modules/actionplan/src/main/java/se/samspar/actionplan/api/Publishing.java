package se.samspar.actionplan.api;

import java.util.List;

/**
 * The coordinator's side of the public progress page: what of an agreement is published, with which text. Only the
 * agreement's coordinators (an administrator too) publish, change and unpublish; every change is audited.
 */
public interface Publishing {

    /** What is published of the agreement, areas first; for its coordinators only. */
    List<PublicationView> publications(long agreementId);

    /** Publishes an area or an activity of the agreement; refused for one published already. Returns its id. */
    long publish(long agreementId, PublicationDraft draft);

    /** A new public text for a publication, if it is still at the version shown (else {@code StaleEdit}). */
    void change(long publicationId, long expectedVersion, String publicText);

    /** Unpublishes at once: the public page and feeds no longer show it from the next request on. */
    void unpublish(long publicationId, long expectedVersion);
}

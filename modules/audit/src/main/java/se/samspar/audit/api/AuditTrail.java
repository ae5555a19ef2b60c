package se.samspar.audit.api;

import java.util.List;

/**
 * Reads the audit trail, newest first; there is no way to change it (the database refuses updates
 * and deletes of its rows too). Administrators read all of it; a coordinator reads the entries of
 * the agreements they coordinate; nobody else reads it.
 */
public interface AuditTrail {
    long count(AuditQuery query);

    /** The entries from the {@code first}-th on (0 is the newest): {@link #positionBefore}, then {@link #after}. */
    List<AuditEntryView> search(AuditQuery query, int first, int max);

    /**
     * The entries that follow {@code position} in the trail (older ones; from the newest when it is null), at most
     * {@code max}: read along an index in the trail's order, never sorting or skipping the entries before it.
     */
    List<AuditEntryView> after(AuditQuery query, AuditPosition position, int max);

    /**
     * Where the {@code first}-th entry is preceded: the position of the entry before it (null for 0 or past the end),
     * for jumping to a page not reached by reading on. Reads only the index, not the entries it passes.
     */
    AuditPosition positionBefore(AuditQuery query, int first);

    /**
     * Records a refused attempt — who tried what, where — in a transaction of its own, so it stays
     * although the attempt itself wrote nothing.
     */
    void refused(String what, String where);

    /** Entries of one agreement (the agreement's coordinators and administrators). */
    default List<AuditEntryView> ofAgreement(long agreementId, int max) {
        return search(new AuditQuery(agreementId, null, null, null, null), 0, max);
    }

    /** The latest entries the caller may read. */
    default List<AuditEntryView> latest(int max) {
        return search(AuditQuery.ALL, 0, max);
    }
}

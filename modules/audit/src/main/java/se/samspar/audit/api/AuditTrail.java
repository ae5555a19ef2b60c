package se.samspar.audit.api;

import java.util.List;

/**
 * Reads the audit trail, newest first; there is no way to change it (the database refuses updates
 * and deletes of its rows too). Administrators read all of it; a coordinator reads the entries of
 * the agreements they coordinate; nobody else reads it.
 */
public interface AuditTrail {
    long count(AuditQuery query);

    List<AuditEntryView> search(AuditQuery query, int first, int max);

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

package se.samspar.audit.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What to look for in the audit trail; null means any. Dates are inclusive. Serializable: the audit page keeps it in
 * its view, which moves with the session between the nodes of a cluster.
 */
public record AuditQuery(Long agreementId, String actor, String subject, LocalDate from, LocalDate to)
        implements Serializable {
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}

package se.samspar.audit.api;

import java.time.LocalDate;

/** What to look for in the audit trail; null means any. Dates are inclusive. */
public record AuditQuery(Long agreementId, String actor, String subject, LocalDate from, LocalDate to) {
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}

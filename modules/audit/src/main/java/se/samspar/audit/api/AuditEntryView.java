package se.samspar.audit.api;

import java.time.LocalDateTime;

/** One audit entry: when, who (and for which organisation), which record, what, and the fields changed. */
public record AuditEntryView(long id, LocalDateTime occurredAt, String actor, Long actorOrganisationId,
                             Long agreementId, String subject, long subjectId, String action, String summary,
                             String changes) {
}

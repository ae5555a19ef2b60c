package se.samspar.audit.api;

import java.time.LocalDateTime;

public record AuditEntryView(long id, LocalDateTime occurredAt, String actor, Long agreementId, String subject,
                             long subjectId, String action, String summary) {
}

package se.samspar.audit.api;

import java.time.LocalDateTime;

/**
 * A place in the trail, which is ordered newest first by time and then id: the entry a page ended with, for reading
 * on after it (keyset paging, as fast on the ten-thousandth page as on the first).
 */
public record AuditPosition(LocalDateTime occurredAt, long id) implements java.io.Serializable {
    public static AuditPosition of(AuditEntryView entry) {
        return new AuditPosition(entry.occurredAt(), entry.id());
    }
}

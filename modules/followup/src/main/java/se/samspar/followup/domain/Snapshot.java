package se.samspar.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The frozen report of an adopted follow-up (rule 6), as JSON. Written once at adoption; nothing
 * updates or deletes it (no column is updatable, and no service offers to).
 */
@Entity
@Table(name = "FUP_SNAPSHOT")
public class Snapshot {
    @Id
    @Column(updatable = false)
    private long followUpId;
    @Lob
    @Column(updatable = false)
    private String content;
    @Column(updatable = false)
    private LocalDateTime takenAt;

    protected Snapshot() {
    }

    public Snapshot(long followUpId, String content, LocalDateTime takenAt) {
        this.followUpId = followUpId;
        this.content = Objects.requireNonNull(content);
        this.takenAt = Objects.requireNonNull(takenAt);
    }

    public long followUpId() { return followUpId; }
    public String content() { return content; }
    public LocalDateTime takenAt() { return takenAt; }
}

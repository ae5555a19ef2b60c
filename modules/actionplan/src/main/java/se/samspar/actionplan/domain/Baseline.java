package se.samspar.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An agreement's plan as signed (rule 13), as JSON: written once when the agreement becomes ACTIVE. No column is
 * updatable, no service changes or deletes it, and the database refuses both (ACT_BASELINE_FINAL).
 */
@Entity
@Table(name = "ACT_BASELINE")
public class Baseline {
    @Id
    @Column(updatable = false)
    private long agreementId;
    @Lob
    @Column(updatable = false)
    private String content;
    @Column(updatable = false)
    private LocalDateTime takenAt;
    @Column(updatable = false)
    private String takenBy;

    protected Baseline() {
    }

    public Baseline(long agreementId, String content, LocalDateTime takenAt, String takenBy) {
        this.agreementId = agreementId;
        this.content = Objects.requireNonNull(content);
        this.takenAt = Objects.requireNonNull(takenAt);
        this.takenBy = takenBy;
    }

    public long agreementId() { return agreementId; }
    public String content() { return content; }
    public LocalDateTime takenAt() { return takenAt; }
    public String takenBy() { return takenBy; }
}

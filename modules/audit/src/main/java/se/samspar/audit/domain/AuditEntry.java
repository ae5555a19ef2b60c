package se.samspar.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/** One line of the audit trail: what happened to which record, when, and by whom when known. */
@Entity
@Table(name = "AUD_ENTRY")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private LocalDateTime occurredAt;
    @Column(updatable = false)
    private String actor;
    @Column(updatable = false)
    private Long agreementId;
    @Column(updatable = false)
    private String subject;
    @Column(updatable = false)
    private long subjectId;
    @Column(updatable = false)
    private String action;
    @Column(updatable = false)
    private String summary;
    @Column(updatable = false)
    private Long actorOrganisationId;
    /** The changed fields, "field: before → after", one per line. */
    @jakarta.persistence.Lob
    @Column(updatable = false)
    private String changes;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, String actor, Long agreementId, String subject, long subjectId,
                      String action, String summary) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = actor;
        this.agreementId = agreementId;
        this.subject = Objects.requireNonNull(subject);
        this.subjectId = subjectId;
        this.action = Objects.requireNonNull(action);
        this.summary = summary == null || summary.length() <= 1000 ? summary : summary.substring(0, 999) + "…";
    }

    /** Who acted for which organisation, and what fields changed. */
    public AuditEntry by(Long organisationId, String changes) {
        this.actorOrganisationId = organisationId;
        this.changes = changes == null || changes.isEmpty() ? null : changes;
        return this;
    }

    public Long actorOrganisationId() {
        return actorOrganisationId;
    }

    public String changes() {
        return changes;
    }

    public Long id() {
        return id;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Long agreementId() {
        return agreementId;
    }

    public String subject() {
        return subject;
    }

    public long subjectId() {
        return subjectId;
    }

    public String action() {
        return action;
    }

    public String summary() {
        return summary;
    }
}

package se.samspar.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import se.samspar.followup.api.Decision;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Text;

/**
 * A follow-up round (uppföljning) of an agreement: DRAFT → REPORTING → ADOPTED. Once adopted,
 * every change is refused here (rule 6); its report lives on in the {@link Snapshot}.
 */
@Entity
@Table(name = "FUP_FOLLOW_UP")
public class FollowUp {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long agreementId;
    @Enumerated(EnumType.STRING)
    private FollowUpKind kind;
    private String title;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;
    @Lob
    private String summary;
    @Column(updatable = false)
    private Long revisesId;
    private String decisionBody;
    private LocalDate decisionDate;
    private String decisionParagraph;
    private String decisionDiaryNumber;
    private String adoptedBy;
    private LocalDateTime adoptedAt;
    private LocalDate reportingDeadline;
    @Version
    private long version;

    protected FollowUp() {
    }

    public FollowUp(long agreementId, FollowUpKind kind, String title, LocalDate periodFrom, LocalDate periodTo,
                    Long revisesId) {
        this.agreementId = agreementId;
        this.revisesId = revisesId;
        this.status = FollowUpStatus.DRAFT;
        describe(kind, title, periodFrom, periodTo);
    }

    private void describe(FollowUpKind kind, String title, LocalDate periodFrom, LocalDate periodTo) {
        if (periodTo.isBefore(periodFrom)) {
            throw InvalidInput.of("periodTo", "samspar.period.endBeforeStart");
        }
        this.kind = Objects.requireNonNull(kind);
        this.title = title.strip();
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
    }

    /** The date the parties are asked to have reported by; optional, and changeable until adoption. */
    public void setReportingDeadline(LocalDate deadline) {
        requireNotAdopted();
        this.reportingDeadline = deadline;
    }

    /** Rule 6: an adopted follow-up is final. */
    public void requireNotAdopted() {
        if (status == FollowUpStatus.ADOPTED) {
            throw InvalidInput.of("followUp", "samspar.followUp.adopted");
        }
    }

    public void startReporting() {
        if (status != FollowUpStatus.DRAFT) {
            throw InvalidInput.of("followUp", status == FollowUpStatus.ADOPTED ? "samspar.followUp.adopted"
                    : "samspar.followUp.alreadyReporting");
        }
        status = FollowUpStatus.REPORTING;
    }

    /** Parties mark their part while reporting is open. */
    public void requireReporting() {
        requireNotAdopted();
        if (status != FollowUpStatus.REPORTING) {
            throw InvalidInput.of("followUp", "samspar.followUp.notReporting");
        }
    }

    public void summarise(String summary) {
        requireNotAdopted();
        this.summary = Text.optional(summary);
    }

    /** Adopted only once reporting has been opened, and with the whole decision reference. */
    public void adopt(Decision decision, String by, LocalDateTime at) {
        requireReporting();
        this.decisionBody = decision.body().strip();
        this.decisionDate = decision.date();
        this.decisionParagraph = Text.optional(decision.paragraph());
        this.decisionDiaryNumber = decision.diaryNumber().strip();
        this.adoptedBy = by;
        this.adoptedAt = at;
        this.status = FollowUpStatus.ADOPTED;
    }

    public Decision decision() {
        return decisionBody == null ? null : new Decision(decisionBody, decisionDate, decisionParagraph,
                decisionDiaryNumber);
    }

    public Long id() { return id; }
    public long agreementId() { return agreementId; }
    public FollowUpKind kind() { return kind; }
    public String title() { return title; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public FollowUpStatus status() { return status; }
    public String summary() { return summary; }
    public Long revisesId() { return revisesId; }
    public String adoptedBy() { return adoptedBy; }
    public LocalDateTime adoptedAt() { return adoptedAt; }
    public long version() { return version; }
    public LocalDate reportingDeadline() { return reportingDeadline; }
}

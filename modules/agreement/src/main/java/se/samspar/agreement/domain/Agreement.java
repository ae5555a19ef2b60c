package se.samspar.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Period;
import se.samspar.platform.api.Refusal;
import se.samspar.platform.api.Text;

/** A collaboration agreement (samverkansöverenskommelse) for a period. */
@Entity
@Table(name = "AGR_AGREEMENT")
public class Agreement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private LocalDate validFrom;
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    private AgreementStatus status;
    private String diaryNumber;
    private String decidedBy;
    private LocalDate decidedOn;
    private String description;
    private int updateIntervalDays;
    @Column(name = "PARTIES_REPORT_OWN")
    private boolean partiesReportOwnActivities;
    @Column(name = "RENEWS_ID")
    private Long renewsAgreementId;
    @Version
    private long version;

    protected Agreement() {
    }

    /** A new agreement starts as a draft. */
    public Agreement(String title, Period period, Long renewsAgreementId) {
        this.status = AgreementStatus.DRAFT;
        this.renewsAgreementId = renewsAgreementId;
        this.updateIntervalDays = 60;
        this.partiesReportOwnActivities = true;
        retitle(title, period);
    }

    public final void retitle(String title, Period period) {
        this.title = Objects.requireNonNull(title).strip();
        this.validFrom = period.from();
        this.validTo = period.to();
    }

    public void describeDecision(String diaryNumber, String decidedBy, LocalDate decidedOn, String description) {
        this.diaryNumber = Text.optional(diaryNumber);
        this.decidedBy = Text.optional(decidedBy);
        this.decidedOn = decidedOn;
        this.description = Text.optional(description);
    }

    public void setReporting(int updateIntervalDays, boolean partiesReportOwnActivities) {
        if (updateIntervalDays < 1) {
            throw InvalidInput.of("updateIntervalDays", "samspar.number.min");
        }
        this.updateIntervalDays = updateIntervalDays;
        this.partiesReportOwnActivities = partiesReportOwnActivities;
    }

    /** Status moves forward only: DRAFT → ACTIVE → CLOSED. Staying put is allowed. */
    public void changeStatus(AgreementStatus to) {
        Objects.requireNonNull(to);
        if (!mayChange(status, to)) {
            throw new InvalidInput(List.of(new FieldProblem("status", "samspar.agreement.statusChange",
                    Map.of("from", status.name(), "to", to.name()))));
        }
        status = to;
    }

    /** Rule 11: a closed agreement takes no change, nor does anything that belongs to it. */
    public void requireOpen() {
        if (status == AgreementStatus.CLOSED) {
            throw Refusal.of("agreement", "samspar.agreement.closed");
        }
    }

    public static boolean mayChange(AgreementStatus from, AgreementStatus to) {
        return to.ordinal() == from.ordinal() || to.ordinal() == from.ordinal() + 1;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Period period() {
        return new Period(validFrom, validTo);
    }

    public AgreementStatus status() {
        return status;
    }

    public String diaryNumber() {
        return diaryNumber;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String description() {
        return description;
    }

    public int updateIntervalDays() {
        return updateIntervalDays;
    }

    public boolean partiesReportOwnActivities() {
        return partiesReportOwnActivities;
    }

    public Long renewsAgreementId() {
        return renewsAgreementId;
    }

    public long version() {
        return version;
    }
}

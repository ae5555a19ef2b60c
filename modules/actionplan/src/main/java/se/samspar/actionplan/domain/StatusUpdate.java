package se.samspar.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.platform.api.Decimals;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Text;

/**
 * A status update (lägesrapport). Append-only: it has no setters, and nothing in Samspår edits or
 * deletes one.
 */
@Entity
@Table(name = "ACT_STATUS_UPDATE")
public class StatusUpdate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long activityId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ActivityStatus status;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private TrafficLight light;
    @Column(updatable = false)
    private int progress;
    @Column(name = "COMMENT_TEXT", updatable = false)
    private String comment;
    @Column(updatable = false)
    private BigDecimal hoursSpent;
    @Column(updatable = false)
    private String reportedBy;
    @Column(name = "REPORTER_ORG_ID", updatable = false)
    private Long reporterOrganisationId;
    @Column(updatable = false)
    private LocalDateTime reportedAt;

    protected StatusUpdate() {
    }

    /**
     * Rule 3: an update to COMPLETED sets progress 100; progress 100 is allowed only for
     * COMPLETED. Hours must fit their column; nothing rounds them.
     */
    public StatusUpdate(long activityId, ActivityStatus status, TrafficLight light, int progress, String comment,
                        BigDecimal hoursSpent, String reportedBy, Long reporterOrganisationId, LocalDateTime reportedAt) {
        this.activityId = activityId;
        this.status = Objects.requireNonNull(status);
        this.light = Objects.requireNonNull(light);
        this.progress = progressFor(status, progress);
        this.comment = Text.optional(comment);
        this.hoursSpent = Decimals.require("hoursSpent", hoursSpent, StatusReport.HOURS_INTEGER,
                StatusReport.HOURS_FRACTION);
        this.reportedBy = Objects.requireNonNull(reportedBy).strip();
        this.reporterOrganisationId = reporterOrganisationId;
        this.reportedAt = Objects.requireNonNull(reportedAt);
    }

    /**
     * A report of risk (yellow), deviation (red) or a postponement says why: the reader of the
     * follow-up needs the reason, not only the colour.
     */
    public static void requireExplanation(ActivityStatus status, TrafficLight light, String comment) {
        boolean needsWhy = light == TrafficLight.YELLOW || light == TrafficLight.RED
                || status == ActivityStatus.POSTPONED;
        if (needsWhy && (comment == null || comment.isBlank())) {
            throw InvalidInput.of("comment", "samspar.statusReport.commentRequired");
        }
    }

    public static int progressFor(ActivityStatus status, int progress) {
        if (progress < 0 || progress > 100) {
            throw InvalidInput.of("progress", progress < 0 ? "samspar.number.min" : "samspar.number.max");
        }
        if (status == ActivityStatus.COMPLETED) {
            return 100;
        }
        if (progress == 100) {
            throw InvalidInput.of("progress", "samspar.progress.hundredOnlyCompleted");
        }
        return progress;
    }

    public Long id() {
        return id;
    }

    public long activityId() {
        return activityId;
    }

    public ActivityStatus status() {
        return status;
    }

    public TrafficLight light() {
        return light;
    }

    public int progress() {
        return progress;
    }

    public String comment() {
        return comment;
    }

    public BigDecimal hoursSpent() {
        return hoursSpent;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Long reporterOrganisationId() {
        return reporterOrganisationId;
    }

    public LocalDateTime reportedAt() {
        return reportedAt;
    }
}

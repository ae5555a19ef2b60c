package se.samspar.coordination.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samspar.coordination.api.DecisionDraft;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Text;

/**
 * A decision of an agreement's work: taken at one of its meetings, or elsewhere (a board's answer to a motion), and
 * the activities it creates or changes (the action plan's ids).
 */
@Entity
@Table(name = "COO_DECISION")
public class Decision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long agreementId;
    @Column(updatable = false)
    private Long meetingId;
    @Column(name = "DECISION_TEXT")
    private String text;
    private String body;
    private LocalDate decidedOn;
    private String paragraph;
    private String diaryNumber;
    private String reservation;
    @ElementCollection
    @CollectionTable(name = "COO_DECISION_ACTIVITY", joinColumns = @JoinColumn(name = "DECISION_ID"))
    @Column(name = "ACTIVITY_ID")
    private Set<Long> activityIds = new HashSet<>();
    @Version
    private long version;

    protected Decision() {
    }

    /** A decision taken at the meeting, or elsewhere when {@code meetingId} is null. */
    public Decision(long agreementId, Long meetingId) {
        this.agreementId = agreementId;
        this.meetingId = meetingId;
    }

    /**
     * Taken elsewhere, a decision needs the body that took it and its date, or nobody can find it again; taken at a
     * meeting, it is dated the meeting's day ({@code meetingDate}) unless a date is given.
     */
    public void define(DecisionDraft d, LocalDate meetingDate) {
        List<FieldProblem> problems = new ArrayList<>();
        String givenBody = Text.optional(d.body());
        if (meetingId == null && givenBody == null) {
            problems.add(new FieldProblem("body", "samspar.required"));
        }
        LocalDate date = d.decidedOn() != null ? d.decidedOn() : meetingId == null ? null : meetingDate;
        if (date == null) {
            problems.add(new FieldProblem("decidedOn", "samspar.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.text = d.text().strip();
        this.body = givenBody;
        this.decidedOn = date;
        this.paragraph = Text.optional(d.paragraph());
        this.diaryNumber = Text.optional(d.diaryNumber());
        this.reservation = Text.optional(d.reservation());
    }

    /** Links an activity; false when it was linked already. */
    public boolean link(long activityId) {
        return activityIds.add(activityId);
    }

    public boolean unlink(long activityId) {
        return activityIds.remove(activityId);
    }

    public Long id() { return id; }
    public long agreementId() { return agreementId; }
    public Long meetingId() { return meetingId; }
    public String text() { return text; }
    public String body() { return body; }
    public LocalDate decidedOn() { return decidedOn; }
    public String paragraph() { return paragraph; }
    public String diaryNumber() { return diaryNumber; }
    public String reservation() { return reservation; }
    public Set<Long> activityIds() { return Set.copyOf(activityIds); }
    public long version() { return version; }
}

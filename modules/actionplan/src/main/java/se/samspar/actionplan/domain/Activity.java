package se.samspar.actionplan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Text;

/**
 * An activity (aktivitet, åtgärd) of a priority area's action plan. Its status, light and
 * progress are those of its latest status update, kept here so lists need no history query.
 */
@Entity
@Table(name = "ACT_ACTIVITY")
public class Activity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long agreementId;
    private long areaId;
    private Long goalId;
    private String reference;
    private String title;
    private String description;
    private long leadPartyId;
    @ElementCollection
    @CollectionTable(name = "ACT_PARTICIPANT", joinColumns = @JoinColumn(name = "ACTIVITY_ID"))
    @Column(name = "PARTY_ID")
    private Set<Long> participatingPartyIds = new HashSet<>();
    private String contactPerson;
    private String reporterUser;
    private LocalDate startDate;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ActivityStatus status;
    @Enumerated(EnumType.STRING)
    private TrafficLight light;
    private int progress;
    private int weight;
    @Column(name = "SORT_ORDER")
    private int order;
    private Long carriedOverFromId;
    @Column(updatable = false)
    private LocalDate createdOn;
    private LocalDateTime lastUpdateAt;
    @Version
    private long version;

    protected Activity() {
    }

    /** A new activity is planned, on track and at 0 %. */
    public Activity(long agreementId, int order, LocalDate createdOn, Long carriedOverFromId) {
        this.agreementId = agreementId;
        this.order = order;
        this.createdOn = Objects.requireNonNull(createdOn);
        this.carriedOverFromId = carriedOverFromId;
        this.status = ActivityStatus.PLANNED;
        this.light = TrafficLight.GREEN;
        this.progress = 0;
        this.weight = 1;
    }

    public void describe(String reference, String title, String description, String contactPerson) {
        this.reference = Objects.requireNonNull(reference).strip();
        this.title = Objects.requireNonNull(title).strip();
        this.description = Text.optional(description);
        this.contactPerson = Text.optional(contactPerson);
    }

    /** Area and goal; the caller has checked that the goal belongs to the area. */
    public void placeIn(long areaId, Long goalId) {
        this.areaId = areaId;
        this.goalId = goalId;
    }

    /** Exactly one lead party; participating parties are others. */
    public void assign(long leadPartyId, Set<Long> participatingPartyIds, String reporterUser) {
        if (participatingPartyIds.contains(leadPartyId)) {
            throw InvalidInput.of("participatingPartyIds", "samspar.party.leadNotParticipant");
        }
        this.leadPartyId = leadPartyId;
        this.participatingPartyIds.retainAll(participatingPartyIds);
        this.participatingPartyIds.addAll(participatingPartyIds);
        this.reporterUser = Text.optional(reporterUser);
    }

    public void schedule(LocalDate startDate, LocalDate dueDate, int weight) {
        if (startDate != null && dueDate != null && dueDate.isBefore(startDate)) {
            throw InvalidInput.of("dueDate", "samspar.dueBeforeStart");
        }
        if (weight < 1 || weight > 100) {
            throw InvalidInput.of("weight", weight < 1 ? "samspar.number.min" : "samspar.number.max");
        }
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.weight = weight;
    }

    /**
     * Takes a new status update as the current state, unless it is older than the latest one
     * already taken (an imported history may arrive after a newer report).
     */
    public void apply(StatusUpdate update) {
        if (lastUpdateAt != null && update.reportedAt().isBefore(lastUpdateAt)) {
            return;
        }
        this.status = update.status();
        this.light = update.light();
        this.progress = update.progress();
        this.lastUpdateAt = update.reportedAt();
    }

    /**
     * Carried over to a renewed agreement (rule 7): it continues where its origin stands — status,
     * light and progress — while its history stays with the origin it links to.
     */
    public void continueFrom(Activity origin) {
        this.status = origin.status;
        this.light = origin.light;
        this.progress = origin.progress;
    }

    /** Its place in its priority area's action plan. */
    public void reorder(int order) {
        this.order = order;
    }

    public boolean isOverdue(LocalDate today) {
        return Timeliness.isOverdue(status, dueDate, today);
    }

    public boolean needsUpdate(int intervalDays, LocalDate today) {
        return Timeliness.needsUpdate(status, dueDate, startDate, createdOn, lastUpdateAt, intervalDays, today);
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    public long areaId() {
        return areaId;
    }

    public Long goalId() {
        return goalId;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public long leadPartyId() {
        return leadPartyId;
    }

    public Set<Long> participatingPartyIds() {
        return Set.copyOf(participatingPartyIds);
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String reporterUser() {
        return reporterUser;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate dueDate() {
        return dueDate;
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

    public int weight() {
        return weight;
    }

    public int order() {
        return order;
    }

    public Long carriedOverFromId() {
        return carriedOverFromId;
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public LocalDateTime lastUpdateAt() {
        return lastUpdateAt;
    }

    public long version() {
        return version;
    }
}

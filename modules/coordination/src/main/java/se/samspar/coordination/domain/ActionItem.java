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
import java.util.HashSet;
import java.util.Set;
import se.samspar.coordination.api.ActionItemDraft;
import se.samspar.platform.api.InvalidInput;

/** An action item of a meeting: what, which party, by when, and the activities it creates or changes. */
@Entity
@Table(name = "COO_ACTION_ITEM")
public class ActionItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long agreementId;
    @Column(updatable = false)
    private long meetingId;
    @Column(name = "ITEM_TEXT")
    private String text;
    private Long responsiblePartyId;
    private LocalDate dueDate;
    @ElementCollection
    @CollectionTable(name = "COO_ACTION_ITEM_ACTIVITY", joinColumns = @JoinColumn(name = "ACTION_ITEM_ID"))
    @Column(name = "ACTIVITY_ID")
    private Set<Long> activityIds = new HashSet<>();
    @Version
    private long version;

    protected ActionItem() {
    }

    public ActionItem(long agreementId, long meetingId) {
        this.agreementId = agreementId;
        this.meetingId = meetingId;
    }

    /** The responsible party, when named, must be one of the agreement's ({@code parties}). */
    public void define(ActionItemDraft d, Set<Long> parties) {
        if (d.responsiblePartyId() != null && !parties.contains(d.responsiblePartyId())) {
            throw InvalidInput.of("responsiblePartyId", "samspar.unknown");
        }
        this.text = d.text().strip();
        this.responsiblePartyId = d.responsiblePartyId();
        this.dueDate = d.dueDate();
    }

    public boolean link(long activityId) {
        return activityIds.add(activityId);
    }

    public boolean unlink(long activityId) {
        return activityIds.remove(activityId);
    }

    public Long id() { return id; }
    public long agreementId() { return agreementId; }
    public long meetingId() { return meetingId; }
    public String text() { return text; }
    public Long responsiblePartyId() { return responsiblePartyId; }
    public LocalDate dueDate() { return dueDate; }
    public Set<Long> activityIds() { return Set.copyOf(activityIds); }
    public long version() { return version; }
}

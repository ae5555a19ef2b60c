package se.samspar.coordination.domain;

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
import java.util.HashSet;
import java.util.Set;
import se.samspar.coordination.api.MeetingDraft;
import se.samspar.coordination.api.MeetingKind;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Text;

/** A meeting (samverkansmöte) of an agreement's parties; the parties are the agreement module's ids. */
@Entity
@Table(name = "COO_MEETING")
public class Meeting {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long agreementId;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private String title;
    private LocalDate heldOn;
    @ElementCollection
    @CollectionTable(name = "COO_MEETING_PARTY", joinColumns = @JoinColumn(name = "MEETING_ID"))
    @Column(name = "PARTY_ID")
    private Set<Long> partyIds = new HashSet<>();
    private String agenda;
    private String minutes;
    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(long agreementId) {
        this.agreementId = agreementId;
    }

    /** Every participating party must be one of the agreement's ({@code parties}); any other is refused. */
    public void define(MeetingDraft d, Set<Long> parties) {
        if (!parties.containsAll(d.partyIds())) {
            throw InvalidInput.of("partyIds", "samspar.unknown");
        }
        this.kind = d.kind();
        this.title = d.title().strip();
        this.heldOn = d.heldOn();
        this.partyIds.retainAll(d.partyIds());
        this.partyIds.addAll(d.partyIds());
        this.agenda = Text.optional(d.agenda());
        this.minutes = Text.optional(d.minutes());
    }

    public Long id() { return id; }
    public long agreementId() { return agreementId; }
    public MeetingKind kind() { return kind; }
    public String title() { return title; }
    public LocalDate heldOn() { return heldOn; }
    public Set<Long> partyIds() { return Set.copyOf(partyIds); }
    public String agenda() { return agenda; }
    public String minutes() { return minutes; }
    public long version() { return version; }
}

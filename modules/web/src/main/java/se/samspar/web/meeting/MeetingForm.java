package se.samspar.web.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.samspar.coordination.api.MeetingDraft;
import se.samspar.coordination.api.MeetingKind;
import se.samspar.coordination.api.MeetingView;

/** What the meeting form holds: a new meeting, or one being changed (with the version it was shown with). */
public class MeetingForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private MeetingKind kind = MeetingKind.STEERING_GROUP;
    private String title;
    private LocalDate heldOn;
    private List<Long> partyIds = new ArrayList<>();
    private String agenda;
    private String minutes;
    private long version;

    static MeetingForm of(MeetingView m) {
        MeetingForm f = new MeetingForm();
        f.kind = m.kind();
        f.title = m.title();
        f.heldOn = m.heldOn();
        f.partyIds = new ArrayList<>(m.partyIds());
        f.agenda = m.agenda();
        f.minutes = m.minutes();
        f.version = m.version();
        return f;
    }

    MeetingDraft draft() {
        return new MeetingDraft(kind, title, heldOn, partyIds == null ? Set.of() : Set.copyOf(partyIds), agenda,
                minutes);
    }

    public MeetingKind[] getKinds() { return MeetingKind.values(); }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public List<Long> getPartyIds() { return partyIds; }
    public void setPartyIds(List<Long> partyIds) { this.partyIds = partyIds; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public long getVersion() { return version; }
}

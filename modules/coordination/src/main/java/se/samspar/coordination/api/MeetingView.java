package se.samspar.coordination.api;

import java.time.LocalDate;
import java.util.Set;

public record MeetingView(long id, long agreementId, MeetingKind kind, String title, LocalDate heldOn,
                          Set<Long> partyIds, String agenda, String minutes, long version) {
    public MeetingView {
        partyIds = Set.copyOf(partyIds);
    }
}

package se.samspar.coordination.api;

import java.time.LocalDate;
import java.util.Set;

/** A decision; {@code meetingId} is null for one taken elsewhere. */
public record DecisionView(long id, long agreementId, Long meetingId, String text, String body, LocalDate decidedOn,
                           String paragraph, String diaryNumber, String reservation, Set<Long> activityIds,
                           long version) {
    public DecisionView {
        activityIds = Set.copyOf(activityIds);
    }

    public boolean takenElsewhere() {
        return meetingId == null;
    }
}

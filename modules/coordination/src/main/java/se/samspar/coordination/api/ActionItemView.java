package se.samspar.coordination.api;

import java.time.LocalDate;
import java.util.Set;

public record ActionItemView(long id, long agreementId, long meetingId, String text, Long responsiblePartyId,
                             LocalDate dueDate, Set<Long> activityIds, long version) {
    public ActionItemView {
        activityIds = Set.copyOf(activityIds);
    }
}

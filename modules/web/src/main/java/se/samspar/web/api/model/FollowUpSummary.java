package se.samspar.web.api.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpView;

/** An adopted follow-up as the list shows it; its frozen report is at /api/v1/follow-ups/{id}. */
@Schema(name = "FollowUpSummary")
public record FollowUpSummary(long id, long agreementId, FollowUpKind kind, String title, LocalDate periodFrom,
                              LocalDate periodTo, DecisionItem decision, LocalDateTime adoptedAt, Long revisesId) {
    public static FollowUpSummary of(FollowUpView f) {
        return new FollowUpSummary(f.id(), f.agreementId(), f.kind(), f.title(), f.periodFrom(), f.periodTo(),
                DecisionItem.of(f.decision()), f.adoptedAt(), f.revisesId());
    }
}

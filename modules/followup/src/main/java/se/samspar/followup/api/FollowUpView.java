package se.samspar.followup.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A follow-up as pages show it while it is prepared: its state, assessments per area (keyed by
 * area id) and which parties have marked their part reported (keyed by party id),
 * and the reporting deadline if one is set.
 */
public record FollowUpView(long id, long agreementId, FollowUpKind kind, String title, LocalDate periodFrom,
                           LocalDate periodTo, FollowUpStatus status, String summary, Long revisesId,
                           Map<Long, AreaAssessment> assessments, Map<Long, PartyReported> reported,
                           Decision decision, String adoptedBy, LocalDateTime adoptedAt, long version,
                           LocalDate reportingDeadline) {
    public FollowUpView(long id, long agreementId, FollowUpKind kind, String title, LocalDate periodFrom,
                        LocalDate periodTo, FollowUpStatus status, String summary, Long revisesId,
                        Map<Long, AreaAssessment> assessments, Map<Long, PartyReported> reported,
                        Decision decision, String adoptedBy, LocalDateTime adoptedAt, long version) {
        this(id, agreementId, kind, title, periodFrom, periodTo, status, summary, revisesId, assessments, reported,
                decision, adoptedBy, adoptedAt, version, null);
    }

    public FollowUpView {
        assessments = Map.copyOf(assessments);
        reported = Map.copyOf(reported);
    }

    public boolean isAdopted() {
        return status == FollowUpStatus.ADOPTED;
    }

    /** A party's "reported" mark: who set it and when. */
    public record PartyReported(long partyId, String reportedBy, LocalDateTime reportedAt) {
    }

    public List<Long> reportedPartyIds() {
        return List.copyOf(reported.keySet());
    }
}

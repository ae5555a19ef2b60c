package se.samspar.followup.api;

import java.util.List;

/**
 * Follow-up rounds of an agreement. A coordinator opens one (DRAFT), opens it for the parties'
 * reporting (REPORTING), writes the summary and an assessment per priority area, and adopts it with
 * the decision (ADOPTED): then its report is frozen as a snapshot and nothing changes it, the
 * coordinator included (rule 6). A correction is a new follow-up that names the one it revises.
 * While reporting is open, users of a party's organisation mark their part reported. Reading them is
 * {@link FollowUpQueries}.
 */
public interface FollowUps {
    long open(long agreementId, FollowUpDraft draft);

    void startReporting(long followUpId, long expectedVersion);

    /** Sets (or clears, with null) the date the parties are asked to have reported by; until adoption. */
    void setReportingDeadline(long followUpId, long expectedVersion, java.time.LocalDate deadline);

    /** Marks a party's part reported, as the caller; a user of that party's organisation or a coordinator. */
    void markReported(long followUpId, long partyId);

    void assess(long followUpId, long expectedVersion, String summary, List<AreaAssessment> assessments);

    /** Adopts the follow-up with its decision and freezes its report. */
    void adopt(long followUpId, long expectedVersion, Decision decision);

    /** A new draft correcting an adopted follow-up, naming it; the adopted one stays as it was. */
    long revise(long followUpId);
}

package se.samspar.followup.api;

import java.util.List;

/**
 * The problems of the municipality's situation picture that an agreement's activities address, for the follow-up
 * report (problem → measures → result). Implemented by the situation module, which builds on this one; a follow-up
 * of an agreement without a municipality or a picture has none.
 */
public interface ReportProblems {

    /** The current picture's problems with at least one measure among the agreement's activities, in order. */
    List<FollowUpReport.Problem> addressedBy(long agreementId);
}

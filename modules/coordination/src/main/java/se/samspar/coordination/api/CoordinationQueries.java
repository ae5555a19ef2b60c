package se.samspar.coordination.api;

import java.util.List;
import java.util.Optional;

/**
 * The coordination of an agreement as everyone who sees the agreement reads it (its parties, board members,
 * coordinators, administrators); an agreement the caller may not see is refused with AccessDenied.
 */
public interface CoordinationQueries {
    /**
     * May the caller change this agreement's coordination: is it its coordinator, and the agreement not closed (rule
     * 11)? For pages; every change checks again.
     */
    boolean mayEdit(long agreementId);

    Optional<CoordinationFunctionView> function(long agreementId);

    /** Newest first. */
    List<MeetingView> meetings(long agreementId);

    Optional<MeetingView> meeting(long meetingId);

    /** Every decision of the agreement, at meetings and elsewhere, newest first. */
    List<DecisionView> decisions(long agreementId);

    Optional<DecisionView> decision(long decisionId);

    List<DecisionView> decisionsAt(long meetingId);

    List<ActionItemView> actionItems(long meetingId);

    /** The decisions and action items linked to the activity, newest first. */
    List<Origin> behind(long activityId);
}

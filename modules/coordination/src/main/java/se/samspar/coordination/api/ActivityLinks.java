package se.samspar.coordination.api;

import se.samspar.actionplan.api.ActivityDraft;

/**
 * The activities a decision or an action item creates or changes, linked by the agreement's coordinators. Only an
 * activity of the same agreement can be linked (InvalidInput at {@code activityId} otherwise).
 */
public interface ActivityLinks {
    void link(Linked kind, long id, long activityId);

    void unlink(Linked kind, long id, long activityId);

    /**
     * Creates an activity in the agreement through the action plan's {@code ActivityEditing} and links it, in one
     * transaction: the action plan's refusals (a reference used already) leave nothing behind.
     */
    long createActivity(Linked kind, long id, ActivityDraft draft);
}

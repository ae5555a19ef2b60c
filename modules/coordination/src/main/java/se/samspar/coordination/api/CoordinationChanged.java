package se.samspar.coordination.api;

import se.samspar.platform.api.Change;

/**
 * The coordination function, a meeting, a decision, an action item or an attachment of an agreement was created or
 * changed (a link to an activity made or removed is an update of its decision or action item).
 */
public record CoordinationChanged(long agreementId, Subject subject, long subjectId, Change change, String summary) {
    public enum Subject {
        COORDINATION_FUNCTION, MEETING, DECISION, ACTION_ITEM, ATTACHMENT
    }
}

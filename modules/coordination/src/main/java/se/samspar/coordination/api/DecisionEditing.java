package se.samspar.coordination.api;

/**
 * An agreement's coordinators record decisions: taken at one of its meetings, or elsewhere (a board's answer to a
 * motion). Input is validated first (InvalidInput, nothing written); a stale version is refused (StaleEdit).
 */
public interface DecisionEditing {
    /** A decision taken at the meeting, or elsewhere when {@code meetingId} is null. */
    long record(long agreementId, Long meetingId, DecisionDraft draft);

    void update(long decisionId, long expectedVersion, DecisionDraft draft);
}

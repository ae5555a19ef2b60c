package se.samspar.coordination.api;

/**
 * An agreement's coordinators record its meetings and their action items (AccessDenied otherwise). Input is
 * validated first (InvalidInput, nothing written); a stale version is refused (StaleEdit).
 */
public interface MeetingEditing {
    long create(long agreementId, MeetingDraft draft);

    void update(long meetingId, long expectedVersion, MeetingDraft draft);

    long addActionItem(long meetingId, ActionItemDraft draft);

    void updateActionItem(long actionItemId, long expectedVersion, ActionItemDraft draft);
}

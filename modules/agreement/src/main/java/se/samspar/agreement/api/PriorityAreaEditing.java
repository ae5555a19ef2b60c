package se.samspar.agreement.api;

/**
 * What a coordinator does with an agreement's priority areas and their goals (one level of sub-goals), on the
 * terms of {@link AgreementEditing}: input checked first, a stale version refused, {@link AgreementChanged} fired,
 * nothing changed once the agreement is closed.
 */
public interface PriorityAreaEditing {
    long addPriorityArea(long agreementId, PriorityAreaDraft draft);

    void updatePriorityArea(long areaId, long expectedVersion, PriorityAreaDraft draft);

    long addGoal(long areaId, GoalDraft draft);

    void updateGoal(long goalId, long expectedVersion, GoalDraft draft);

    /**
     * Removes an area or a goal while nothing refers to it (no goal in the area, no sub-goal, and no module
     * refusing the {@link RemovalAttempted}); otherwise refused with what still refers to it.
     */
    void removePriorityArea(long areaId, long expectedVersion);

    void removeGoal(long goalId, long expectedVersion);
}

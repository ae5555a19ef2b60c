package se.samspar.agreement.api;

/**
 * What a coordinator does with an agreement and its structure: the agreement's details and status, its
 * parties, priority areas and goals. Every change validates its input first (refusing with
 * {@code InvalidInput}, writing nothing), refuses a stale version with {@code StaleEdit}, and fires
 * {@link AgreementChanged}. A closed agreement takes no change (rule 11): refused with {@code Refusal}.
 */
public interface AgreementEditing {
    long create(AgreementDraft draft);

    void update(long agreementId, long expectedVersion, AgreementDraft draft);

    void changeStatus(long agreementId, long expectedVersion, AgreementStatus status);

    long addParty(long agreementId, PartyDraft draft);

    void updateParty(long partyId, long expectedVersion, PartyDraft draft);

    long addPriorityArea(long agreementId, PriorityAreaDraft draft);

    void updatePriorityArea(long areaId, long expectedVersion, PriorityAreaDraft draft);

    long addGoal(long areaId, GoalDraft draft);

    void updateGoal(long goalId, long expectedVersion, GoalDraft draft);

    /**
     * Removes a party, an area or a goal while nothing refers to it (no goal in the area, no sub-goal, and no
     * module refusing the {@link RemovalAttempted}); otherwise refused with what still refers to it.
     */
    void removeParty(long partyId, long expectedVersion);

    void removePriorityArea(long areaId, long expectedVersion);

    void removeGoal(long goalId, long expectedVersion);
}

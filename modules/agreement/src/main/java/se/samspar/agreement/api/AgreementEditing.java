package se.samspar.agreement.api;

/**
 * What a coordinator does with an agreement's details and status (its parties: {@link PartyEditing}, its priority
 * areas and goals: {@link PriorityAreaEditing}). Every change validates its input first (refusing with
 * {@code InvalidInput}, writing nothing), refuses a stale version with {@code StaleEdit}, and fires
 * {@link AgreementChanged}. A closed agreement takes no change (rule 11): refused with {@code Refusal}.
 */
public interface AgreementEditing {
    long create(AgreementDraft draft);

    void update(long agreementId, long expectedVersion, AgreementDraft draft);

    void changeStatus(long agreementId, long expectedVersion, AgreementStatus status);
}

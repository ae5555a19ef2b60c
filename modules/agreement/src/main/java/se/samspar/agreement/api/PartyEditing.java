package se.samspar.agreement.api;

/**
 * What a coordinator does with an agreement's parties, on the terms of {@link AgreementEditing}: input checked
 * first, a stale version refused, {@link AgreementChanged} fired, nothing changed once the agreement is closed.
 */
public interface PartyEditing {
    long addParty(long agreementId, PartyDraft draft);

    void updateParty(long partyId, long expectedVersion, PartyDraft draft);

    /**
     * Removes a party while nothing refers to it (no module refusing the {@link RemovalAttempted}); otherwise
     * refused with what still refers to it.
     */
    void removeParty(long partyId, long expectedVersion);
}

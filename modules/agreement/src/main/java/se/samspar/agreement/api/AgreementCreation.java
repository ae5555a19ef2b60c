package se.samspar.agreement.api;

/**
 * A new agreement with its parties, in one use case: the creator (an administrator or a user with the
 * coordinator role) coordinates it from the next request on, so the parties cannot wait for a second call.
 * Parties are organisations chosen from those known, or new ones created on the spot.
 */
public interface AgreementCreation {

    /** May the caller create agreements? For pages deciding whether to offer it; {@code create} checks again. */
    boolean mayCreate();

    /** The new agreement's id; refused with {@code InvalidInput} at the field, writing nothing. */
    long create(NewAgreement agreement);
}

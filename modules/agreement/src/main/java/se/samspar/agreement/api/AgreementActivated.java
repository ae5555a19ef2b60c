package se.samspar.agreement.api;

/**
 * An agreement's status has just become ACTIVE (from DRAFT): its plan is now the one signed.
 * Fired in the status change's transaction, after {@link AgreementChanged}.
 */
public record AgreementActivated(long agreementId) {
}

package se.samspar.agreement.api;

/** Rule 7: an agreement renewed for its next period. */
public interface AgreementRenewal {

    /**
     * A draft for the next period with the same parties, priority areas and goals, naming the agreement it
     * renews; fires {@link AgreementRenewed} so open activities are carried over. The caller coordinates the
     * new agreement. Returns its id.
     */
    long renew(long agreementId, RenewalDraft draft);
}

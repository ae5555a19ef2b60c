package se.samspar.agreement.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a coordinator does with an agreement's structure. Every change validates its input
 * first (refusing with {@code InvalidInput}, writing nothing), refuses a stale version with
 * {@code StaleEdit}, and fires {@link AgreementChanged}.
 */
public interface AgreementService {
    long create(AgreementDraft draft);

    void update(long agreementId, long expectedVersion, AgreementDraft draft);

    void changeStatus(long agreementId, long expectedVersion, AgreementStatus status);

    /**
     * Rule 7: a draft for the next period with the same parties, priority areas and goals, naming
     * the agreement it renews; fires {@link AgreementRenewed} so open activities are carried over.
     * The caller coordinates the new agreement. Returns its id.
     */
    long renew(long agreementId, RenewalDraft draft);

    long addParty(long agreementId, PartyDraft draft);

    void updateParty(long partyId, long expectedVersion, PartyDraft draft);

    long addPriorityArea(long agreementId, PriorityAreaDraft draft);

    void updatePriorityArea(long areaId, long expectedVersion, PriorityAreaDraft draft);

    long addGoal(long areaId, GoalDraft draft);

    void updateGoal(long goalId, long expectedVersion, GoalDraft draft);

    /**
     * May the caller change this agreement's structure and activities (is it one of its
     * coordinators)? For pages deciding whether to offer editing; every change checks again.
     */
    boolean mayEdit(long agreementId);

    List<AgreementView> agreements();

    Optional<AgreementStructure> structure(long agreementId);

    /** The parties of the given agreements that the caller may see, in one query. */
    List<PartyView> partiesOf(Collection<Long> agreementIds);
}

package se.samspar.agreement.api;

import java.util.Map;

/**
 * An agreement was renewed (rule 7): the draft for the next period holds copies of its parties,
 * priority areas and goals. The maps take each old id to its copy's id, so the action plan can
 * carry its open activities over in the same transaction.
 */
public record AgreementRenewed(long fromAgreementId, long toAgreementId, Map<Long, Long> parties,
                               Map<Long, Long> areas, Map<Long, Long> goals) {
    public AgreementRenewed {
        parties = Map.copyOf(parties);
        areas = Map.copyOf(areas);
        goals = Map.copyOf(goals);
    }
}

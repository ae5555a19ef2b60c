package se.samspar.actionplan.api;

import java.util.Map;

/** Progress of an agreement and of each priority area, goal and lead party (keys are their ids). */
public record AgreementProgress(Progress overall, Map<Long, Progress> byArea, Map<Long, Progress> byGoal,
                                Map<Long, Progress> byLeadParty) {
    public AgreementProgress {
        byArea = Map.copyOf(byArea);
        byGoal = Map.copyOf(byGoal);
        byLeadParty = Map.copyOf(byLeadParty);
    }

    public Progress area(long areaId) {
        return byArea.getOrDefault(areaId, Progress.NONE);
    }

    public Progress goal(long goalId) {
        return byGoal.getOrDefault(goalId, Progress.NONE);
    }

    public Progress leadParty(long partyId) {
        return byLeadParty.getOrDefault(partyId, Progress.NONE);
    }
}

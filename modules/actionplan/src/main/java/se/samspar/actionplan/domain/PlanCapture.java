package se.samspar.actionplan.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.Plan;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;

/** An agreement's plan as it stands, from its structure and activities: what a baseline freezes. */
public final class PlanCapture {
    private PlanCapture() {
    }

    public static Plan of(AgreementStructure structure, List<ActivityView> activities, LocalDateTime at) {
        List<Plan.Area> areas = new ArrayList<>();
        for (PriorityAreaView a : structure.areas()) {
            areas.add(new Plan.Area(a.id(), a.code(), a.name()));
        }
        List<Plan.Goal> goals = structure.goals().map(g -> new Plan.Goal(g.id(), g.areaId(), g.title())).toList();
        List<Plan.PlannedActivity> planned = activities.stream().map(a -> new Plan.PlannedActivity(a.id(),
                a.reference(), a.title(), a.areaId(), a.goalId(), a.leadPartyId(),
                structure.party(a.leadPartyId()).map(PartyView::displayName).orElse(null),
                a.startDate(), a.dueDate(), a.weight(), a.status())).toList();
        return new Plan(structure.agreement().id(), at, areas, goals, planned);
    }
}

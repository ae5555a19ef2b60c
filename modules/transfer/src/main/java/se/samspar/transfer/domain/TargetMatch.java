package se.samspar.transfer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.FieldProblem;
import se.samspar.transfer.domain.AgreementFile.Goal;
import se.samspar.transfer.domain.AgreementFile.Organisation;
import se.samspar.transfer.domain.AgreementFile.PriorityArea;

/**
 * Adding a file's activities to an existing agreement: what the file names must already be there. A party
 * by its organisation's name or short name (the file's key, name or short name, any letter case); a
 * priority area by its code; a goal by its title or by the key the export gives it ({@link #goalKey}). Only
 * the activities and their status reports are then written; anything the file names that the agreement
 * lacks is a problem at its JSON path.
 */
public final class TargetMatch {
    /** What the file's keys stand for in the agreement. */
    public record Ids(Map<String, Long> partyIds, Map<String, Long> organisationIds, List<Long> areaIds,
                      Map<String, Long> goalIds) {
    }

    private final AgreementStructure target;
    private final List<FieldProblem> problems = new ArrayList<>();

    private TargetMatch(AgreementStructure target) {
        this.target = target;
    }

    /** The key the export gives a goal: area code, M and its place; a sub-goal adds a point and its place. */
    public static String goalKey(String areaCode, int goal, Integer subGoal) {
        return areaCode + "-M" + (goal + 1) + (subGoal == null ? "" : "." + (subGoal + 1));
    }

    /** The ids, or the problems when the agreement lacks something the file names. */
    public static Result match(AgreementFile file, AgreementStructure target) {
        TargetMatch m = new TargetMatch(target);
        Ids ids = m.ids(file);
        return new Result(m.problems.isEmpty() ? ids : null, List.copyOf(m.problems));
    }

    public record Result(Ids ids, List<FieldProblem> problems) {
    }

    private Ids ids(AgreementFile file) {
        Map<String, Long> partyIds = new HashMap<>();
        Map<String, Long> organisationIds = new HashMap<>();
        Map<String, Organisation> byKey = new HashMap<>();
        file.organisations().forEach(o -> byKey.put(o.key(), o));
        for (int i = 0; i < file.organisations().size(); i++) {
            Organisation o = file.organisations().get(i);
            party(o).ifPresent(p -> {
                partyIds.put(o.key(), p.id());
                organisationIds.put(o.key(), p.organisationId());
            });
        }
        for (int i = 0; i < file.agreement().parties().size(); i++) {
            String key = file.agreement().parties().get(i).organisation();
            if (!partyIds.containsKey(key)) {
                Organisation o = byKey.get(key);
                problems.add(new FieldProblem("agreement.parties[" + i + "].organisation", "samspar.import.target.party",
                        Map.of("name", o == null ? key : o.name())));
            }
        }
        List<Long> areaIds = new ArrayList<>();
        Map<String, Long> goalIds = new HashMap<>();
        for (int i = 0; i < file.agreement().priorityAreas().size(); i++) {
            PriorityArea area = file.agreement().priorityAreas().get(i);
            String path = "agreement.priorityAreas[" + i + "]";
            Optional<PriorityAreaView> found = target.areas().stream().filter(a -> a.code().equals(area.code())).findFirst();
            if (found.isEmpty()) {
                problems.add(new FieldProblem(path + ".code", "samspar.import.target.area", Map.of("code", area.code())));
                areaIds.add(null);
                continue;
            }
            areaIds.add(found.get().id());
            for (int g = 0; g < area.goals().size(); g++) {
                goal(found.get(), area.goals().get(g), path + ".goals[" + g + "]", goalIds);
                for (int s = 0; s < area.goals().get(g).subGoalList().size(); s++) {
                    goal(found.get(), area.goals().get(g).subGoalList().get(s), path + ".goals[" + g + "].subGoals[" + s + "]",
                            goalIds);
                }
            }
        }
        updates(file, organisationIds);
        return new Ids(partyIds, organisationIds, areaIds, goalIds);
    }

    /** A status report's organisation must be one of the agreement's parties: the file's others are not written. */
    private void updates(AgreementFile file, Map<String, Long> organisationIds) {
        for (int i = 0; i < file.agreement().priorityAreas().size(); i++) {
            List<AgreementFile.Activity> activities = file.agreement().priorityAreas().get(i).activities();
            for (int a = 0; a < activities.size(); a++) {
                for (int u = 0; u < activities.get(a).updates().size(); u++) {
                    String key = activities.get(a).updates().get(u).organisation();
                    if (key != null && !organisationIds.containsKey(key)) {
                        problems.add(new FieldProblem("agreement.priorityAreas[" + i + "].activities[" + a + "].updates["
                                + u + "].organisation", "samspar.import.target.party", Map.of("name", key)));
                    }
                }
            }
        }
    }

    private Optional<PartyView> party(Organisation o) {
        return target.parties().stream().filter(p -> names(o).stream().anyMatch(n -> same(n, p.organisationName())
                || same(n, p.organisationShortName()))).findFirst();
    }

    private static List<String> names(Organisation o) {
        List<String> names = new ArrayList<>();
        names.add(o.key());
        names.add(o.name());
        if (o.shortName() != null) {
            names.add(o.shortName());
        }
        return names;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private void goal(PriorityAreaView area, Goal goal, String path, Map<String, Long> goalIds) {
        for (int g = 0; g < area.goals().size(); g++) {
            GoalView overall = area.goals().get(g);
            if (matches(goal, overall, goalKey(area.code(), g, null))) {
                goalIds.put(goal.key(), overall.id());
                return;
            }
            for (int s = 0; s < overall.subGoals().size(); s++) {
                GoalView sub = overall.subGoals().get(s);
                if (matches(goal, sub, goalKey(area.code(), g, s))) {
                    goalIds.put(goal.key(), sub.id());
                    return;
                }
            }
        }
        problems.add(new FieldProblem(path + ".key", "samspar.import.target.goal", Map.of("goal", goal.title())));
    }

    private static boolean matches(Goal goal, GoalView view, String exportKey) {
        return same(goal.title(), view.title()) || same(goal.key(), exportKey) || same(goal.title(), exportKey);
    }
}

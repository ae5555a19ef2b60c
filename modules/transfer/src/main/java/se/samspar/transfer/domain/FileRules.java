package se.samspar.transfer.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samspar.platform.api.FieldProblem;
import se.samspar.transfer.domain.AgreementFile.Activity;
import se.samspar.transfer.domain.AgreementFile.Goal;
import se.samspar.transfer.domain.AgreementFile.PriorityArea;
import se.samspar.transfer.domain.AgreementFile.StatusUpdate;

/**
 * The rules across a file that no single field shows (docs/import-format.md, rules 2–6 and the
 * date order): keys unique, references resolved, the lead party a party and not also participating,
 * sub-goals one level deep, due date not before start, each history in time order. Walks the file
 * in order, as the import writes it: an activity may name goals of its own area only, and of those
 * only the goals the file has given so far. Every problem names its JSON path.
 */
public final class FileRules {
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Set<String> organisations = new HashSet<>();
    private final Set<String> parties = new HashSet<>();
    /** Goal and sub-goal keys, each with the index of its priority area. */
    private final Map<String, Integer> goalAreas = new HashMap<>();
    /** The activities' references, for the decisions that name them. */
    private final Set<String> references = new HashSet<>();

    private FileRules() {
    }

    /** The problems of a file whose fields are each valid; none when it may be written. */
    public static List<FieldProblem> check(AgreementFile file) {
        FileRules rules = new FileRules();
        rules.file(file);
        return List.copyOf(rules.problems);
    }

    private void problem(String path, String key) {
        problems.add(new FieldProblem(path, key));
    }

    private void file(AgreementFile file) {
        for (int i = 0; i < file.organisations().size(); i++) {
            if (!organisations.add(file.organisations().get(i).key())) {
                problem("organisations[" + i + "].key", "samspar.unique");
            }
        }
        AgreementFile.Agreement agreement = file.agreement();
        for (int i = 0; i < agreement.parties().size(); i++) {
            String key = agreement.parties().get(i).organisation();
            String path = "agreement.parties[" + i + "].organisation";
            if (!organisations.contains(key)) {
                problem(path, "samspar.unknown");
            } else if (!parties.add(key)) {
                problem(path, "samspar.unique");
            }
        }
        for (int i = 0; i < agreement.priorityAreas().size(); i++) {
            area(i, agreement.priorityAreas().get(i), "agreement.priorityAreas[" + i + "]");
        }
        if (agreement.coordination() != null) {
            coordination(agreement.coordination(), "agreement.coordination");
        }
    }

    /** The coordination's party keys name parties, decisions name the file's meetings and activities. */
    private void coordination(AgreementFile.Coordination c, String path) {
        if (c.function() != null) {
            party(c.function().party(), path + ".function.party");
        }
        Set<String> meetings = new HashSet<>();
        for (int i = 0; i < c.meetings().size(); i++) {
            String meetingPath = path + ".meetings[" + i + "]";
            AgreementFile.Meeting m = c.meetings().get(i);
            if (!meetings.add(m.key())) {
                problem(meetingPath + ".key", "samspar.unique");
            }
            for (int j = 0; j < m.parties().size(); j++) {
                party(m.parties().get(j), meetingPath + ".parties[" + j + "]");
            }
        }
        for (int i = 0; i < c.decisions().size(); i++) {
            String decisionPath = path + ".decisions[" + i + "]";
            AgreementFile.Decision d = c.decisions().get(i);
            if (d.meeting() != null && !meetings.contains(d.meeting())) {
                problem(decisionPath + ".meeting", "samspar.unknown");
            }
            for (int j = 0; j < d.activities().size(); j++) {
                if (!references.contains(d.activities().get(j))) {
                    problem(decisionPath + ".activities[" + j + "]", "samspar.unknown");
                }
            }
        }
    }

    private void area(int index, PriorityArea area, String path) {
        for (int i = 0; i < area.goals().size(); i++) {
            String goalPath = path + ".goals[" + i + "]";
            Goal goal = area.goals().get(i);
            goal(index, goal, goalPath);
            for (int j = 0; j < goal.subGoalList().size(); j++) {
                String subPath = goalPath + ".subGoals[" + j + "]";
                Goal sub = goal.subGoalList().get(j);
                if (sub.subGoals() != null) {
                    problem(subPath + ".subGoals", "samspar.goal.oneLevel");
                }
                goal(index, sub, subPath);
            }
        }
        for (int i = 0; i < area.activities().size(); i++) {
            activity(index, area.activities().get(i), path + ".activities[" + i + "]");
        }
    }

    private void goal(int area, Goal goal, String path) {
        if (goalAreas.putIfAbsent(goal.key(), area) != null) {
            problem(path + ".key", "samspar.unique");
        }
    }

    private void activity(int area, Activity a, String path) {
        references.add(a.reference());
        if (a.goal() != null) {
            Integer goalArea = goalAreas.get(a.goal());
            if (goalArea == null) {
                problem(path + ".goal", "samspar.unknown");
            } else if (goalArea != area) {
                problem(path + ".goal", "samspar.goal.otherArea");
            }
        }
        boolean leadIsParty = party(a.leadParty(), path + ".leadParty");
        for (int i = 0; i < a.participatingParties().size(); i++) {
            party(a.participatingParties().get(i), path + ".participatingParties[" + i + "]");
        }
        if (leadIsParty && a.participatingParties().contains(a.leadParty())) {
            problem(path + ".participatingParties", "samspar.party.leadNotParticipant");
        }
        if (a.startDate() != null && a.dueDate() != null && a.dueDate().isBefore(a.startDate())) {
            problem(path + ".dueDate", "samspar.dueBeforeStart");
        }
        LocalDateTime previous = null;
        for (int i = 0; i < a.updates().size(); i++) {
            String updatePath = path + ".updates[" + i + "]";
            StatusUpdate u = a.updates().get(i);
            if (previous != null && u.reportedAt().isBefore(previous)) {
                problem(updatePath + ".reportedAt", "samspar.import.chronology");
            }
            previous = u.reportedAt();
            if (u.organisation() != null && !organisations.contains(u.organisation())) {
                problem(updatePath + ".organisation", "samspar.unknown");
            }
        }
    }

    /** Whether the key names a party; if not, the problem at the path. */
    private boolean party(String key, String path) {
        if (parties.contains(key)) {
            return true;
        }
        problem(path, organisations.contains(key) ? "samspar.party.notParty" : "samspar.unknown");
        return false;
    }
}

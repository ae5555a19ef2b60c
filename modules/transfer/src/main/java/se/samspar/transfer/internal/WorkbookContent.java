package se.samspar.transfer.internal;

import static se.samspar.transfer.domain.SheetLayout.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.transfer.api.AgreementImports;
import se.samspar.transfer.domain.AgreementFile;
import se.samspar.transfer.domain.SheetLayout.Column;

/**
 * What the workbook's rows build, kept open while the sheets are read (areas collect their goals and
 * activities from other sheets, activities their status reports), then made into an {@link AgreementFile}.
 * Adding to an existing agreement, parties, areas and goals are what the activity rows name, each once,
 * placed at the first cell that names it; whether the agreement has them is checked afterwards, as for a
 * JSON file ({@code se.samspar.transfer.domain.TargetMatch}).
 */
final class WorkbookContent {
    private final Places places;
    private final AgreementFile.Agreement agreement;
    private final List<AgreementFile.Organisation> organisations = new ArrayList<>();
    private final List<AgreementFile.Party> parties = new ArrayList<>();
    private final Map<String, AreaRows> areas = new LinkedHashMap<>();
    private final Map<String, ActivityRows> activities = new HashMap<>();
    /** Adding: the organisation key of each party named, by its name in lower case. */
    private final Map<String, String> named = new HashMap<>();

    WorkbookContent(Places places, AgreementFile.Agreement agreement) {
        this.places = places;
        this.agreement = agreement;
    }

    /** Adding to an existing agreement: the file's agreement is that one, as it is. */
    static WorkbookContent fromTarget(Places places, AgreementStructure target) {
        var a = target.agreement();
        return new WorkbookContent(places, new AgreementFile.Agreement(a.title(), a.validFrom(), a.validTo(),
                AgreementStatus.DRAFT, null, null, null, null, a.updateIntervalDays(), a.partiesReportOwnActivities(),
                List.of(), List.of()));
    }

    List<AgreementFile.Organisation> organisations() {
        return organisations;
    }

    List<AgreementFile.Party> parties() {
        return parties;
    }

    AreaRows area(String code) {
        return code == null ? null : areas.get(code);
    }

    AreaRows addArea(String code) {
        AreaRows area = new AreaRows(code, areas.size());
        areas.put(code == null ? "\u0000" + areas.size() : code, area);
        return area;
    }

    /** Adding: the area a row names, once per code. */
    AreaRows usedArea(String code, String cell) {
        if (code == null) {
            return null;
        }
        AreaRows area = areas.get(code);
        if (area == null) {
            area = addArea(code);
            area.name = code;
            places.put(area.path() + ".code", cell);
        }
        return area;
    }

    /** Adding: the organisation key of a party named in a row, once per name. */
    String party(String name, String cell) {
        if (name == null) {
            return null;
        }
        return named.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> {
            places.put("organisations[" + organisations.size() + "]", cell);
            places.put("agreement.parties[" + parties.size() + "]", cell);
            organisations.add(new AgreementFile.Organisation(name, name, null, OrganisationType.OTHER, null));
            parties.add(new AgreementFile.Party(name, null, null, null, null));
            return name;
        });
    }

    /** Appends a status-report row to the activity of its reference; false when no activity has that reference. */
    boolean addUpdate(SheetRow row, String reference, boolean adding) {
        ActivityRows activity = reference == null ? null : activities.get(reference);
        if (activity == null) {
            return false;
        }
        row.at(activity.path + ".updates[" + activity.updates.size() + "]");
        String organisation = row.text(UPD_ORGANISATION, "organisation");
        activity.updates.add(new AgreementFile.StatusUpdate(row.dateTime(UPD_AT, "reportedAt"),
                row.word(UPD_STATUS, "status", ActivityStatus.class), row.word(UPD_LIGHT, "light", TrafficLight.class),
                row.integer(UPD_PROGRESS, "progress"), row.text(UPD_COMMENT, "comment"),
                row.decimal(UPD_HOURS, "hoursSpent"), row.text(UPD_BY, "reportedBy"),
                adding ? party(organisation, row.cell(UPD_ORGANISATION)) : organisation));
        return true;
    }

    AgreementFile file() {
        var a = agreement;
        return new AgreementFile(AgreementImports.FORMAT, List.copyOf(organisations), new AgreementFile.Agreement(
                a.title(), a.validFrom(), a.validTo(), a.status(), a.diaryNumber(), a.decidedBy(), a.decidedOn(),
                a.description(), a.updateIntervalDays(), a.partiesReportOwnActivities(), List.copyOf(parties),
                areas.values().stream().map(AreaRows::build).toList()));
    }

    /** A priority area with the goals and activities of its rows. */
    final class AreaRows {
        final String code;
        final int index;
        String name;
        String description;
        private final List<GoalRows> goals = new ArrayList<>();
        private final Map<String, GoalRows> goalsByKey = new HashMap<>();
        private final List<ActivityRows> rows = new ArrayList<>();

        AreaRows(String code, int index) {
            this.code = code;
            this.index = index;
        }

        String path() {
            return "agreement.priorityAreas[" + index + "]";
        }

        /** Adds a goal row; the message key of what is wrong with its parent, or null. */
        String addGoal(SheetRow row, String parentKey, Column key, Column title, Column description) {
            GoalRows parent = parentKey == null ? null : goalsByKey.get(parentKey);
            if (parentKey != null && parent == null) {
                return "samspar.unknown";
            }
            if (parent != null && parent.sub) {
                return "samspar.goal.oneLevel";
            }
            GoalRows goal = new GoalRows(parent != null);
            String path = parent == null ? path() + ".goals[" + goals.size() + "]"
                    : parent.path + ".subGoals[" + parent.subs.size() + "]";
            goal.path = path;
            row.at(path);
            goal.key = row.text(key, "key");
            goal.title = row.text(title, "title");
            goal.description = row.text(description, "description");
            (parent == null ? goals : parent.subs).add(goal);
            if (goal.key != null) {
                goalsByKey.putIfAbsent(goal.key, goal);
            }
            return null;
        }

        /** Adding: the goal a row names by its title (or key), once per area. */
        private String usedGoal(String named, String cell) {
            if (named == null) {
                return null;
            }
            String key = code + "/" + named;
            if (!goalsByKey.containsKey(key)) {
                GoalRows goal = new GoalRows(false);
                goal.key = key;
                goal.title = named;
                goal.path = path() + ".goals[" + goals.size() + "]";
                places.put(goal.path, cell);
                goals.add(goal);
                goalsByKey.put(key, goal);
            }
            return key;
        }

        void addActivity(SheetRow row, WorkbookContent adding) {
            ActivityRows a = new ActivityRows();
            a.path = path() + ".activities[" + rows.size() + "]";
            row.at(a.path);
            a.reference = row.text(ACT_REFERENCE, "reference");
            a.title = row.text(ACT_TITLE, "title");
            a.description = row.text(ACT_DESCRIPTION, "description");
            String goal = row.text(ACT_GOAL, "goal");
            String lead = row.text(ACT_LEAD, "leadParty");
            String participants = row.text(ACT_PARTICIPANTS, "participatingParties");
            a.goal = adding == null ? goal : usedGoal(goal, row.cell(ACT_GOAL));
            a.lead = adding == null ? lead : adding.party(lead, row.cell(ACT_LEAD));
            a.participants = participants == null ? List.of() : Arrays.stream(participants.split(";"))
                    .map(String::strip).filter(s -> !s.isEmpty())
                    .map(p -> adding == null ? p : adding.party(p, row.cell(ACT_PARTICIPANTS))).toList();
            a.contact = row.text(ACT_CONTACT, "contactPerson");
            a.start = row.date(ACT_START, "startDate");
            a.due = row.date(ACT_DUE, "dueDate");
            a.weight = row.integer(ACT_WEIGHT, "weight");
            rows.add(a);
            if (a.reference != null) {
                activities.putIfAbsent(a.reference, a);
            }
        }

        AgreementFile.PriorityArea build() {
            return new AgreementFile.PriorityArea(code, name, description,
                    goals.stream().map(GoalRows::build).toList(), rows.stream().map(ActivityRows::build).toList());
        }
    }

    private static final class GoalRows {
        final boolean sub;
        final List<GoalRows> subs = new ArrayList<>();
        String key;
        String title;
        String description;
        String path;

        GoalRows(boolean sub) {
            this.sub = sub;
        }

        AgreementFile.Goal build() {
            // A sub-goal's subGoals stay null: one level only, as in a JSON file that leaves them out.
            return new AgreementFile.Goal(key, title, description, sub ? null : subs.stream().map(GoalRows::build).toList());
        }
    }

    private static final class ActivityRows {
        final List<AgreementFile.StatusUpdate> updates = new ArrayList<>();
        String path;
        String reference;
        String title;
        String description;
        String goal;
        String lead;
        List<String> participants;
        String contact;
        java.time.LocalDate start;
        java.time.LocalDate due;
        Integer weight;

        AgreementFile.Activity build() {
            return new AgreementFile.Activity(reference, title, description, goal, lead, participants, contact, start,
                    due, weight, List.copyOf(updates));
        }
    }
}

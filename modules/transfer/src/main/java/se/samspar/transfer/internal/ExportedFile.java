package se.samspar.transfer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationView;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.coordination.api.CoordinationFunctionView;
import se.samspar.coordination.api.CoordinationQueries;
import se.samspar.coordination.api.DecisionView;
import se.samspar.coordination.api.MeetingView;
import se.samspar.transfer.api.AgreementImports;
import se.samspar.transfer.domain.AgreementFile;
import se.samspar.transfer.domain.TargetMatch;

/**
 * An agreement as the file that imports it again: the organisations of its parties and of its status
 * reports, keyed by short name (else name, made unique), the agreement, parties, areas, goals (keyed as
 * {@link TargetMatch#goalKey}), activities in their order, every status report oldest first, and the coordination
 * (function, meetings, decisions). The status history is read in one query, whatever the number of activities.
 */
final class ExportedFile {
    /** Wide enough for every report Samspår accepts (dates 1900–2200). */
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2200, 12, 31);

    private ExportedFile() {
    }

    static AgreementFile of(AgreementStructure s, ActivityQueries activityService, OrganisationService organisationService,
                            CoordinationQueries coordination) {
        long agreementId = s.agreement().id();
        List<ActivityView> activities = activityService.activitiesOf(agreementId);
        Map<Long, List<StatusUpdateView>> history = new HashMap<>();
        activityService.updatesOf(agreementId, FIRST, LAST).stream()
                .sorted(Comparator.comparing(StatusUpdateView::reportedAt).thenComparing(StatusUpdateView::id))
                .forEach(u -> history.computeIfAbsent(u.activityId(), k -> new ArrayList<>()).add(u));

        Map<Long, String> orgKeys = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        List<AgreementFile.Organisation> organisations = new ArrayList<>();
        for (PartyView p : s.parties()) {
            orgKeys.put(p.organisationId(), unique(p.displayName(), used));
            organisations.add(new AgreementFile.Organisation(orgKeys.get(p.organisationId()), p.organisationName(),
                    p.organisationShortName(), p.organisationType(), null));
        }
        // Organisation numbers and reporting organisations that are no party come from the organisation register.
        Map<Long, OrganisationView> register = new HashMap<>();
        organisationService.all().forEach(o -> register.put(o.id(), o));
        for (int i = 0; i < organisations.size(); i++) {
            AgreementFile.Organisation o = organisations.get(i);
            OrganisationView known = register.get(s.parties().get(i).organisationId());
            organisations.set(i, new AgreementFile.Organisation(o.key(), o.name(), o.shortName(), o.type(),
                    known == null ? null : known.organisationNumber()));
        }
        history.values().stream().flatMap(List::stream).map(StatusUpdateView::reporterOrganisationId)
                .filter(id -> id != null && !orgKeys.containsKey(id) && register.containsKey(id)).distinct().sorted()
                .forEach(id -> {
                    OrganisationView o = register.get(id);
                    String key = unique(o.shortName() == null || o.shortName().isBlank() ? o.name() : o.shortName(), used);
                    orgKeys.put(id, key);
                    organisations.add(new AgreementFile.Organisation(key, o.name(), o.shortName(), o.type(),
                            o.organisationNumber()));
                });

        Map<Long, String> partyKeys = new HashMap<>();
        s.parties().forEach(p -> partyKeys.put(p.id(), orgKeys.get(p.organisationId())));
        List<AgreementFile.PriorityArea> areas = new ArrayList<>();
        for (PriorityAreaView area : s.areas()) {
            Map<Long, String> goalKeys = new HashMap<>();
            List<AgreementFile.Goal> goals = new ArrayList<>();
            for (int g = 0; g < area.goals().size(); g++) {
                GoalView goal = area.goals().get(g);
                goalKeys.put(goal.id(), TargetMatch.goalKey(area.code(), g, null));
                List<AgreementFile.Goal> subs = new ArrayList<>();
                for (int j = 0; j < goal.subGoals().size(); j++) {
                    GoalView sub = goal.subGoals().get(j);
                    goalKeys.put(sub.id(), TargetMatch.goalKey(area.code(), g, j));
                    subs.add(new AgreementFile.Goal(goalKeys.get(sub.id()), sub.title(), sub.description(), null));
                }
                goals.add(new AgreementFile.Goal(goalKeys.get(goal.id()), goal.title(), goal.description(), subs));
            }
            List<AgreementFile.Activity> ofArea = activities.stream().filter(a -> a.areaId() == area.id())
                    .sorted(Comparator.comparingInt(ActivityView::order).thenComparingLong(ActivityView::id))
                    .map(a -> activity(a, goalKeys, partyKeys, orgKeys, s, history.getOrDefault(a.id(), List.of())))
                    .toList();
            areas.add(new AgreementFile.PriorityArea(area.code(), area.name(), area.description(), goals, ofArea));
        }
        var a = s.agreement();
        return new AgreementFile(AgreementImports.FORMAT, organisations, new AgreementFile.Agreement(a.title(),
                a.validFrom(), a.validTo(), a.status(), a.diaryNumber(), a.decidedBy(), a.decidedOn(), a.description(),
                a.updateIntervalDays(), a.partiesReportOwnActivities(),
                s.parties().stream().map(p -> new AgreementFile.Party(partyKeys.get(p.id()), p.signatoryName(),
                        p.signatoryTitle(), p.signedOn(), p.contactPerson())).toList(), areas,
                coordination(agreementId, coordination, partyKeys, activities)));
    }

    /**
     * The coordination function, meetings (keyed M1, M2, … oldest first) and decisions (oldest first) with the
     * references of the activities they name; null when the agreement has none of them, so the key is left out.
     */
    private static AgreementFile.Coordination coordination(long agreementId, CoordinationQueries queries,
                                                           Map<Long, String> partyKeys, List<ActivityView> activities) {
        CoordinationFunctionView function = queries.function(agreementId).orElse(null);
        List<MeetingView> meetings = queries.meetings(agreementId).stream()
                .sorted(Comparator.comparing(MeetingView::heldOn).thenComparingLong(MeetingView::id)).toList();
        List<DecisionView> decisions = queries.decisions(agreementId).stream()
                .sorted(Comparator.comparing(DecisionView::decidedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(DecisionView::id)).toList();
        if (function == null && meetings.isEmpty() && decisions.isEmpty()) {
            return null;
        }
        Map<Long, String> meetingKeys = new HashMap<>();
        List<AgreementFile.Meeting> meetingList = new ArrayList<>();
        for (MeetingView m : meetings) {
            meetingKeys.put(m.id(), "M" + (meetingKeys.size() + 1));
            meetingList.add(new AgreementFile.Meeting(meetingKeys.get(m.id()), m.kind(), m.title(), m.heldOn(),
                    m.partyIds().stream().map(partyKeys::get).filter(java.util.Objects::nonNull).sorted().toList(),
                    m.agenda(), m.minutes()));
        }
        Map<Long, String> references = new HashMap<>();
        activities.forEach(a -> references.put(a.id(), a.reference()));
        return new AgreementFile.Coordination(function == null ? null : new AgreementFile.Function(function.name(),
                function.roleTitle(), partyKeys.get(function.partyId()), function.email(), function.phone()),
                meetingList, decisions.stream().map(d -> new AgreementFile.Decision(
                        d.meetingId() == null ? null : meetingKeys.get(d.meetingId()), d.text(),
                        d.body(), d.decidedOn(),
                        d.paragraph(), d.diaryNumber(), d.reservation(),
                        d.activityIds().stream().map(references::get).filter(java.util.Objects::nonNull).sorted()
                                .toList())).toList());
    }

    private static AgreementFile.Activity activity(ActivityView a, Map<Long, String> goalKeys, Map<Long, String> partyKeys,
                                                   Map<Long, String> orgKeys, AgreementStructure s,
                                                   List<StatusUpdateView> updates) {
        List<String> participants = s.parties().stream().filter(p -> a.participatingPartyIds().contains(p.id()))
                .map(p -> partyKeys.get(p.id())).toList();
        return new AgreementFile.Activity(a.reference(), a.title(), a.description(),
                a.goalId() == null ? null : goalKeys.get(a.goalId()), partyKeys.get(a.leadPartyId()), participants,
                a.contactPerson(), a.startDate(), a.dueDate(), a.weight(),
                updates.stream().map(u -> new AgreementFile.StatusUpdate(u.reportedAt(), u.status(), u.light(),
                        u.progress(), u.comment(), u.hoursSpent(), u.reportedBy(),
                        u.reporterOrganisationId() == null ? null : orgKeys.get(u.reporterOrganisationId()))).toList());
    }

    /** A key not used yet: the name, or the name with a number. */
    private static String unique(String name, Set<String> used) {
        String key = name;
        for (int n = 2; !used.add(key); n++) {
            key = name + " (" + n + ")";
        }
        return key;
    }
}

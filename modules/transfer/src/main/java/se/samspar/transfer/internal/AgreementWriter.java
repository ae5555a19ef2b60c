package se.samspar.transfer.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityEditing;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusUpdates;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementEditing;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.GoalDraft;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationView;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PartyEditing;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.agreement.api.PriorityAreaEditing;
import se.samspar.platform.api.InvalidInput;
import se.samspar.transfer.api.ImportRefused;
import se.samspar.transfer.domain.AgreementFile;
import se.samspar.transfer.domain.TargetMatch;
import se.samspar.transfer.domain.AgreementFile.Activity;
import se.samspar.transfer.domain.AgreementFile.Goal;
import se.samspar.transfer.domain.AgreementFile.Organisation;
import se.samspar.transfer.domain.AgreementFile.Party;
import se.samspar.transfer.domain.AgreementFile.PriorityArea;
import se.samspar.transfer.domain.AgreementFile.StatusUpdate;

/**
 * Writes a file the reader has accepted through the modules' services, in file order, within the
 * caller's transaction. What only a service can tell (an area code or activity reference used twice,
 * a period that ends before it starts, progress 100 without completion) it refuses with its own field
 * name; that field is put under the JSON path of the object being written, and the file is refused.
 * One writer per import: it keeps the ids the file's keys stand for.
 */
final class AgreementWriter {
    private final OrganisationService organisations;
    private final AgreementEditing agreementEditing;
    private final PartyEditing partyEditing;
    private final PriorityAreaEditing areaEditing;
    private final AgreementQueries agreements;
    private final ActivityEditing activityEditing;
    private final StatusUpdates statusUpdates;
    private final CoordinationWriter coordination;
    private final Map<String, Long> organisationIds = new HashMap<>();
    private final Map<String, Long> activityIds = new HashMap<>();
    private final Map<String, Long> partyIds = new HashMap<>();
    private final Map<String, Long> goalIds = new HashMap<>();
    /** The JSON path of the object being written. */
    private String path = "";

    AgreementWriter(OrganisationService organisations, AgreementEditing agreementEditing, PartyEditing partyEditing,
                    PriorityAreaEditing areaEditing, AgreementQueries agreements, ActivityEditing activityEditing,
                    StatusUpdates statusUpdates, CoordinationWriter coordination) {
        this.organisations = organisations;
        this.agreementEditing = agreementEditing;
        this.partyEditing = partyEditing;
        this.areaEditing = areaEditing;
        this.agreements = agreements;
        this.activityEditing = activityEditing;
        this.statusUpdates = statusUpdates;
        this.coordination = coordination;
    }

    /** Writes the file and returns the new agreement's id. */
    long write(String fileName, AgreementFile file) {
        try {
            writeOrganisations(file.organisations());
            return writeAgreement(file.agreement());
        } catch (InvalidInput e) {
            throw new ImportRefused(fileName, e.problems().stream().map(p -> p.under(path)).toList());
        }
    }

    /**
     * Writes only the file's activities and their status reports into an existing agreement, with the ids its
     * keys were matched to ({@link TargetMatch}); returns the agreement's id. A coordination section is not written
     * into an agreement that has its own.
     */
    long writeActivities(String fileName, AgreementFile file, long agreementId, TargetMatch.Ids ids) {
        partyIds.putAll(ids.partyIds());
        organisationIds.putAll(ids.organisationIds());
        goalIds.putAll(ids.goalIds());
        try {
            List<PriorityArea> areas = file.agreement().priorityAreas();
            for (int i = 0; i < areas.size(); i++) {
                for (int a = 0; a < areas.get(i).activities().size(); a++) {
                    writeActivity(agreementId, ids.areaIds().get(i), areas.get(i).activities().get(a),
                            "agreement.priorityAreas[" + i + "].activities[" + a + "]");
                }
            }
            return agreementId;
        } catch (InvalidInput e) {
            throw new ImportRefused(fileName, e.problems().stream().map(p -> p.under(path)).toList());
        }
    }

    private void writeOrganisations(List<Organisation> list) {
        Map<String, OrganisationView> existing = new HashMap<>();
        organisations.all().forEach(o -> existing.put(o.name().toLowerCase(), o));
        for (int i = 0; i < list.size(); i++) {
            path = "organisations[" + i + "]";
            Organisation o = list.get(i);
            OrganisationView known = existing.get(o.name().strip().toLowerCase());
            // An organisation already in Samspår is reused, not duplicated: it may be party to several agreements.
            long id = known != null ? known.id() : organisations.create(new OrganisationDraft(o.name(),
                    o.shortName(), o.type(), o.organisationNumber()));
            organisationIds.put(o.key(), id);
        }
    }

    private long writeAgreement(AgreementFile.Agreement a) {
        path = "agreement";
        long agreementId = agreementEditing.create(new AgreementDraft(a.title(), a.validFrom(), a.validTo(),
                a.diaryNumber(), a.decidedBy(), a.decidedOn(), a.description(), a.updateIntervalDays(),
                a.partiesReportOwnActivities(), null));
        for (int i = 0; i < a.parties().size(); i++) {
            path = "agreement.parties[" + i + "]";
            Party party = a.parties().get(i);
            partyIds.put(party.organisation(), partyEditing.addParty(agreementId, new PartyDraft(
                    organisationIds.get(party.organisation()), party.signatoryName(), party.signatoryTitle(),
                    party.signedOn(), party.contactPerson())));
        }
        for (int i = 0; i < a.priorityAreas().size(); i++) {
            writeArea(agreementId, a.priorityAreas().get(i), "agreement.priorityAreas[" + i + "]");
        }
        if (a.coordination() != null) {
            coordination.write(agreementId, a.coordination(), partyIds, activityIds, p -> path = p);
        }
        // Status last, so that a draft-only rule never meets a half-built agreement (nor a closed one its meetings).
        if (a.status() != AgreementStatus.DRAFT) {
            path = "agreement";
            long version = agreements.structure(agreementId).orElseThrow().agreement().version();
            agreementEditing.changeStatus(agreementId, version, AgreementStatus.ACTIVE);
            if (a.status() == AgreementStatus.CLOSED) {
                version = agreements.structure(agreementId).orElseThrow().agreement().version();
                agreementEditing.changeStatus(agreementId, version, AgreementStatus.CLOSED);
            }
        }
        return agreementId;
    }

    private void writeArea(long agreementId, PriorityArea area, String areaPath) {
        path = areaPath;
        long areaId = areaEditing.addPriorityArea(agreementId,
                new PriorityAreaDraft(area.code(), area.name(), area.description()));
        for (int i = 0; i < area.goals().size(); i++) {
            String goalPath = areaPath + ".goals[" + i + "]";
            Goal goal = area.goals().get(i);
            long goalId = writeGoal(areaId, goal, goalPath, null);
            for (int j = 0; j < goal.subGoalList().size(); j++) {
                writeGoal(areaId, goal.subGoalList().get(j), goalPath + ".subGoals[" + j + "]", goalId);
            }
        }
        for (int i = 0; i < area.activities().size(); i++) {
            writeActivity(agreementId, areaId, area.activities().get(i), areaPath + ".activities[" + i + "]");
        }
    }

    private long writeGoal(long areaId, Goal goal, String goalPath, Long parentId) {
        path = goalPath;
        long id = areaEditing.addGoal(areaId, new GoalDraft(parentId, goal.title(), goal.description()));
        goalIds.put(goal.key(), id);
        return id;
    }

    private void writeActivity(long agreementId, long areaId, Activity a, String activityPath) {
        path = activityPath;
        Set<Long> participants = new LinkedHashSet<>();
        a.participatingParties().forEach(key -> participants.add(partyIds.get(key)));
        long activityId = activityEditing.create(agreementId, new ActivityDraft(areaId,
                a.goal() == null ? null : goalIds.get(a.goal()), a.reference(), a.title(), a.description(),
                partyIds.get(a.leadParty()), participants, a.contactPerson(), null, a.startDate(), a.dueDate(),
                a.weight()));
        activityIds.put(a.reference(), activityId);
        for (int i = 0; i < a.updates().size(); i++) {
            path = activityPath + ".updates[" + i + "]";
            StatusUpdate u = a.updates().get(i);
            statusUpdates.importUpdate(activityId, new StatusReport(u.status(), u.light(), u.progress(), u.comment(),
                    u.hoursSpent(), u.reportedBy(), u.organisation() == null ? null : organisationIds.get(u.organisation())),
                    u.reportedAt());
        }
    }
}

package se.samspar.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.PartyView;
import se.samspar.coordination.api.ActionItemDraft;
import se.samspar.coordination.api.ActivityLinks;
import se.samspar.coordination.api.CoordinationFunctionDraft;
import se.samspar.coordination.api.CoordinationFunctions;
import se.samspar.coordination.api.DecisionDraft;
import se.samspar.coordination.api.DecisionEditing;
import se.samspar.coordination.api.Linked;
import se.samspar.coordination.api.MeetingDraft;
import se.samspar.coordination.api.MeetingEditing;
import se.samspar.coordination.api.MeetingKind;

/**
 * The demo agreement's coordination, written by {@link DemoData} after the agreement: the decision the seeds hold —
 * Socialnämnden 2023-03-30 § 8, its answer to the motion on IGOR with the reservation as recorded, sent to
 * Kommunstyrelsen — linked to the two activities that answer commits to (VINR-5, VINR-6); and a coordination
 * function and one steering-group meeting that are examples, and say so in their own words, never presented as
 * Huddinge's.
 */
@ApplicationScoped
public class DemoCoordination {
    static final String EXAMPLE = "Exempel för demonstrationen – inte ett verkligt möte eller protokoll.";

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    CoordinationFunctions functions;
    @Inject
    MeetingEditing meetings;
    @Inject
    DecisionEditing decisions;
    @Inject
    ActivityLinks links;

    void write(long agreementId) {
        AgreementStructure s = agreements.structure(agreementId).orElseThrow();
        List<ActivityView> all = activities.activitiesOf(agreementId);
        long huddinge = party(s, "Huddinge kommun");
        long police = party(s, "Polismyndigheten");

        long answer = decisions.record(agreementId, null, new DecisionDraft(
                "Svar på motion från Sverigedemokraterna om att stärka arbetet mot våld i nära relationer (att"
                        + " Huddinge kommun tar initiativ för att vara en del av polisens projekt IGOR, I gemensam"
                        + " organisation mot relationsvåld). Socialnämnden godkänner förvaltningens tjänsteutlåtande,"
                        + " daterat 2023-03-09, och överlämnar det till kommunstyrelsen som sitt yttrande i ärendet."
                        + " Enligt tjänsteutlåtandet kommer förvaltningen att följa arbetet med IGOR nära. Beslutet ska"
                        + " skickas till Kommunstyrelsen.",
                "Socialnämnden", LocalDate.of(2023, 3, 30), "§ 8", "SN-2022/2159.119",
                // As the protocol has it, spelling included.
                "Sven Pernils (SD) reserver sig mot beslutet till förmån för eget förslag."));
        links.link(Linked.DECISION, answer, activity(all, "VINR-5"));
        links.link(Linked.DECISION, answer, activity(all, "VINR-6"));

        functions.name(agreementId, null, new CoordinationFunctionDraft("Anna Lindqvist",
                "Samordnare för samverkansöverenskommelsen (exempel för demonstrationen: en påhittad person)",
                huddinge, null, null));

        long meeting = meetings.create(agreementId, new MeetingDraft(MeetingKind.STEERING_GROUP,
                "Exempel: styrgruppens möte hösten 2023", LocalDate.of(2023, 10, 12), Set.of(huddinge, police),
                EXAMPLE + "\n1. Läget i handlingsplanen\n2. Socialnämndens beslut om IGOR (2023-03-30 § 8)\n"
                        + "3. Rutiner för kontakt med stödet för våldsutövare",
                EXAMPLE + " Mötet visar hur Samspår håller ett samverkansmöte med beslut och åtgärdspunkter."));
        long decision = decisions.record(agreementId, meeting, new DecisionDraft(
                "Exempel: styrgruppen ska stämma av samverkan på chefsnivå minst två gånger per halvår.",
                null, null, "§ 3", null, null));
        links.link(Linked.DECISION, decision, activity(all, "VINR-1"));
        long item = meetings.addActionItem(meeting, new ActionItemDraft(
                "Exempel: Polisen och socialtjänsten stämmer av rutinen för kontakt med kommunens stöd för våldsutövare.",
                police, LocalDate.of(2023, 12, 1)));
        links.link(Linked.ACTION_ITEM, item, activity(all, "VINR-4"));
    }

    private static long party(AgreementStructure s, String organisation) {
        return s.parties().stream().filter(p -> p.organisationName().equals(organisation)).map(PartyView::id)
                .findFirst().orElseThrow(() -> new IllegalStateException("Demo party missing: " + organisation));
    }

    private static long activity(List<ActivityView> all, String reference) {
        return all.stream().filter(a -> a.reference().equals(reference)).map(ActivityView::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo activity missing: " + reference));
    }
}

package se.samspar.web.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.AreaActivities;
import se.samspar.agreement.api.PriorityAreaDraft;
import se.samspar.coordination.api.ActionItemDraft;
import se.samspar.coordination.api.DecisionDraft;
import se.samspar.coordination.api.DecisionEditing;
import se.samspar.coordination.api.MeetingDraft;
import se.samspar.coordination.api.MeetingEditing;
import se.samspar.coordination.api.MeetingKind;
import se.samspar.followup.api.FollowUpDraft;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.followup.api.FollowUps;
import se.samspar.situation.api.ProblemCategory;
import se.samspar.situation.api.ProblemDraft;
import se.samspar.situation.api.SituationPictures;
import se.samspar.identity.api.NewUser;
import se.samspar.identity.api.UserAccounts;
import se.samspar.platform.api.Roles;
import se.samspar.web.e2e.Axe;
import se.samspar.web.e2e.Browser;

/**
 * An agreement with more activities than a page should hold (a large city's: here 120 in one area, 2 in another): the
 * overview shows the first 25 of each area in the action plan's order, says how many there are and links to all of
 * them in the activity table; the choices of an activity to publish, to link to a decision and to link to a meeting's
 * action item, and to link to a problem of the municipality's situation picture, offer 50 activities and a search, never
 * all of them — in a real browser, with nothing axe finds.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeAgreementIT extends WithServices {
    static final String HAND_OVER = "large-agreement-it";
    static final String PASSWORD = "ett-langt-losenord";
    static final int IN_FIRST_AREA = 120;

    @Inject
    AreaActivities areaActivities;
    @Inject
    UserAccounts accounts;
    @Inject
    MeetingEditing meetings;
    @Inject
    SituationPictures pictures;
    @Inject
    DecisionEditing decisions;
    @Inject
    FollowUps followUps;
    @Inject
    FollowUpQueries followUpQueries;
    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void theOverviewReadsTheFirstActivitiesOfEachAreaInThePlansOrder() throws Exception {
        Fixtures.Built b = Fixtures.build(this);
        long second = areaEditing.addPriorityArea(b.agreementId(), new PriorityAreaDraft("T2", "Brott", null));
        // References count down, so the plan's order (the order of creation) is not the references' order.
        List<Long> planOrder = new ArrayList<>();
        for (int i = 0; i < IN_FIRST_AREA; i++) {
            planOrder.add(activityEditing.create(b.agreementId(), Fixtures.activity(b.areaId(), null,
                    "S-" + (299 - i), b.policeParty(), Fixtures.none(), 1)));
        }
        activityEditing.create(b.agreementId(), Fixtures.activity(second, null, "B-1", b.policeParty(), Fixtures.none(), 1));
        activityEditing.create(b.agreementId(), Fixtures.activity(second, null, "B-2", b.policeParty(), Fixtures.none(), 1));

        AreaActivities.Excerpt excerpt = areaActivities.firstOf(b.agreementId(), 25);
        assertEquals(planOrder.subList(0, 25), excerpt.shownOf(b.areaId()).stream().map(ActivityView::id).toList());
        assertEquals(IN_FIRST_AREA, excerpt.countOf(b.areaId()));
        assertTrue(excerpt.hasMore(b.areaId()));
        assertEquals(List.of("B-1", "B-2"), excerpt.shownOf(second).stream().map(ActivityView::reference).toList());
        assertFalse(excerpt.hasMore(second));
        assertEquals(List.of(planOrder.get(3), planOrder.get(7)), activities.withIds(b.agreementId(),
                        Set.of(planOrder.get(7), planOrder.get(3), -1L)).stream().map(ActivityView::id).toList(),
                "the activities asked for, in the plan's order, none of another agreement");

        String user = "stor-samordnare-" + b.agreementId();
        Fixtures.coordinator(accounts, agreements, b, user, "Stina Stor", PASSWORD);
        // A situation picture of the municipality with one problem that no activity addresses yet.
        long municipality = Fixtures.municipalityOf(agreements, b);
        long picture = pictures.draft(municipality, java.time.LocalDate.of(2025, 1, 15));
        pictures.addProblem(picture, new ProblemDraft("Otrygghet vid stationen", null, ProblemCategory.INSECURITY,
                "Stationen", null, null, null, null, null, null));
        long meeting = meetings.create(b.agreementId(), new MeetingDraft(MeetingKind.WORKING_GROUP, "Arbetsgrupp",
                java.time.LocalDate.of(2025, 3, 4), Set.of(), null, null));
        long decision = decisions.record(b.agreementId(), meeting, new DecisionDraft("Trygghetsvandringar i hela staden",
                null, null, "§ 3", null, null));
        meetings.addActionItem(meeting, new ActionItemDraft("Boka lokaler", null, null));
        long followUp = followUps.open(b.agreementId(), new FollowUpDraft(FollowUpKind.OTHER, "Uppföljning av hela staden",
                java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31)));
        followUps.startReporting(followUp, followUpQueries.find(followUp).orElseThrow().version());
        // A police partner: its organisation leads all 122 activities, so its part of the follow-up lists 50 of them.
        long police = agreements.structure(b.agreementId()).orElseThrow().party(b.policeParty()).orElseThrow()
                .organisationId();
        accounts.create(new NewUser("stor-polis-" + b.agreementId(), "Per Polis", null, police, Set.of(Roles.PARTNER),
                Set.of(), PASSWORD, false));
        Properties made = new Properties();
        made.setProperty("meeting", Long.toString(meeting));
        made.setProperty("decision", Long.toString(decision));
        made.setProperty("user", user);
        made.setProperty("agreement", Long.toString(b.agreementId()));
        made.setProperty("area", Long.toString(b.areaId()));
        made.setProperty("second", Long.toString(second));
        made.setProperty("municipality", Long.toString(municipality));
        made.setProperty("followUp", Long.toString(followUp));
        made.setProperty("police", "stor-polis-" + b.agreementId());
        HandOver.store(HAND_OVER, made);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theOverviewAndThePublicationChoiceStayOnePageInTheBrowser() throws Exception {
        InTheBrowser.check(base, HandOver.load(HAND_OVER));
    }

    /** The steps in Chromium, in the test JVM: a class of its own, so the container never loads Playwright. */
    static final class InTheBrowser {
        private InTheBrowser() {
        }

        static void check(URL base, Properties made) {
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            String agreement = made.getProperty("agreement");
            try (BrowserContext context = Browser.newContext()) {
                Page page = context.newPage();
                Browser.signIn(page, root + "login", made.getProperty("user"), PASSWORD);
                page.navigate(root + "agreement?id=" + agreement);
                Locator first = page.locator("section.area:has(#area-" + made.getProperty("area") + ")");
                assertThat(first.locator(".activities tbody tr")).hasCount(25);
                assertThat(first.locator(".activities tbody tr").first()).containsText("S-299");
                assertThat(first.locator(".activities tbody tr").last()).containsText("S-275");
                assertThat(first.locator(".area-more")).containsText(
                        "Här visas de 25 första av områdets 120 aktiviteter, i handlingsplanens ordning.");
                Locator all = first.locator(".area-more a");
                assertThat(all).hasText("Alla 120 aktiviteter i Trygghet");
                assertTrue(all.getAttribute("href").endsWith("/activities?agreement=" + agreement + "&area="
                        + made.getProperty("area")), all.getAttribute("href"));
                Locator second = page.locator("section.area:has(#area-" + made.getProperty("second") + ")");
                assertThat(second.locator(".activities tbody tr")).hasCount(2);
                assertThat(second.locator(".area-more")).hasCount(0);
                // The check against the situation picture lists 100 of the 122 activities that address no problem.
                assertThat(page.locator("#activitiesWithoutProblem")).containsText("122 aktiviteter är inte kopplade");
                assertThat(page.locator("#activitiesWithoutProblemList li")).hasCount(100);
                assertThat(page.locator("#firstWithoutProblem")).hasText(
                        "Listan visar de 100 första, i handlingsplanens ordning.");
                Axe.inBothLanguages(page, () -> {
                    assertThat(first.locator(".area-more")).containsText(
                            "The first 25 of the area's 120 activities are shown here, in the action plan's order.");
                    assertThat(all).hasText("All 120 activities in Trygghet");
                    assertThat(page.locator("#firstWithoutProblem")).hasText(
                            "The list shows the first 100, in the action plan's order.");
                });

                theReportShowsTheFirstOfEachArea(page, root + "follow-up?id=" + made.getProperty("followUp"),
                        made.getProperty("area"), made.getProperty("second"));
                page.navigate(root + "agreement?id=" + agreement);
                all.click();
                page.waitForURL(url -> url.contains("/activities?"));
                assertThat(page.locator("#filters\\:area")).hasValue(made.getProperty("area"));

                publish(page, root + "agreement-edit?id=" + agreement);
                linkToTheDecision(page, root + "decision?id=" + made.getProperty("decision"));
                linkToTheActionItem(page, root + "meeting?id=" + made.getProperty("meeting"));
                linkToTheProblem(page, root + "situation?municipality=" + made.getProperty("municipality"));
            }
            try (BrowserContext context = Browser.newContext()) {
                Page police = context.newPage();
                Browser.signIn(police, root + "login", made.getProperty("police"), PASSWORD);
                thePartnersPartListsTheFirstItLeads(police, root + "follow-up?id=" + made.getProperty("followUp"));
            }
        }

        /** The follow-up's report lists the first 25 activities of an area and says where all of them are. */
        private static void theReportShowsTheFirstOfEachArea(Page page, String followUp, String area, String second) {
            page.navigate(followUp);
            Locator first = page.locator("section.report-area:has(#area-" + area + ")");
            assertThat(first.locator(".report-activities tbody tr")).hasCount(25);
            assertThat(first.locator(".report-activities tbody tr").first()).containsText("S-299");
            assertThat(first.locator(".area-more")).hasText("Här visas de 25 första av områdets 120 aktiviteter i"
                    + " rapporten. Rapportens PDF och Excelfil har alla.");
            Locator other = page.locator("section.report-area:has(#area-" + second + ")");
            assertThat(other.locator(".report-activities tbody tr")).hasCount(2);
            assertThat(other.locator(".area-more")).hasCount(0);
            Axe.inBothLanguages(page, () -> {
                assertThat(first.locator(".area-more")).hasText("The first 25 of the area's 120 activities in the report"
                        + " are shown here. The report's PDF and Excel file hold them all.");
            });
        }

        /** The police's part of the follow-up: 50 of the 122 activities it leads, and a link to all of them. */
        private static void thePartnersPartListsTheFirstItLeads(Page page, String followUp) {
            page.navigate(followUp);
            assertThat(page.locator("#toReport li")).hasCount(50);
            assertThat(page.locator("#toReport li").first()).containsText("S-299");
            assertThat(page.locator("#toReportMore")).hasText("Här visas de 50 första av de 122 aktiviteter ni leder i"
                    + " perioden, efter slutdatum. Alla 122 i aktivitetstabellen");
            Axe.inBothLanguages(page, () -> {
                assertThat(page.locator("#toReportMore")).hasText("The first 50 of the 122 activities you lead in the"
                        + " period are shown here, by due date. All 122 in the activities table");
            });
            page.locator("#toReportAll").click();
            page.waitForURL(url -> url.contains("/activities?"));
            assertThat(page.locator("#count")).hasText("122 aktiviteter i urvalet.");
        }

        /** The choice offers the areas and 50 activities; a search finds the one wanted, which is then published. */
        private static void publish(Page page, String editing) {
            page.navigate(editing);
            Locator choice = page.locator("#publication\\:itemId option");
            assertThat(choice).hasCount(1 + 2 + 50); // "choose", both areas, 50 of the 62 activities
            assertThat(page.locator("#publication\\:itemSearchHint")).containsText(
                    "Listan visar de 50 första som sökningen hittar.");
            Browser.search(page, "#publication\\:itemSearch", "S-242");
            assertThat(choice).hasCount(1 + 2 + 1);
            page.locator("#publication\\:itemId").selectOption(new SelectOption().setLabel("Aktivitet: S-242 Aktivitet S-242"));
            page.locator("#publication\\:publicText").fill("Trygghetsvandringar i hela staden.");
            page.locator("#publication\\:publish").click();
            assertThat(page.locator("#publicationList")).containsText("S-242 Aktivitet S-242");

            Browser.search(page, "#publication\\:itemSearch", "S-242");
            assertThat(choice).hasCount(1 + 2);
            assertThat(page.locator("#publication\\:itemSearchHint")).hasText(
                    "Ingen aktivitet som inte redan är publicerad matchar sökningen.");
            Axe.assertNoViolations(page);
        }

        /** The decision's link form: the activity found is linked, and then no longer offered. */
        private static void linkToTheDecision(Page page, String decision) {
            page.navigate(decision);
            linkFound(page, "link", "S-242", "#linkedActivities");
            Browser.search(page, "#link\\:activitySearch", "S-242");
            assertThat(page.locator("#link\\:activitySearchHint")).hasText(
                    "Ingen aktivitet som inte redan är kopplad matchar sökningen.");
            Axe.assertNoViolations(page);
        }

        /** The meeting shows the decision's activity; its action item is linked to one found by a search. */
        private static void linkToTheActionItem(Page page, String meeting) {
            page.navigate(meeting);
            assertThat(page.locator("#decisionList")).containsText("S-242");
            linkFound(page, "itemLink", "S-243", "#itemList");
            Browser.search(page, "#itemLink\\:activitySearch", "ingen sådan aktivitet");
            assertThat(page.locator("#itemLink\\:activitySearchHint")).hasText("Ingen aktivitet matchar sökningen.");
            Axe.assertNoViolations(page);
        }

        /** The situation page links a problem to an activity found by a search, and names only what is linked. */
        private static void linkToTheProblem(Page page, String situation) {
            page.navigate(situation);
            assertThat(page.locator(".measures li")).hasCount(0);
            page.locator("#measures\\:problemId").selectOption(new SelectOption().setLabel("Otrygghet vid stationen"));
            linkFound(page, "measures", "S-244", ".measures");
            assertThat(page.locator(".measures li")).hasCount(1);
            assertThat(page.locator(".measures li a")).hasText("S-244 Aktivitet S-244");
            assertThat(page.locator("#measures")).containsText("Aktiviteten är kopplad till problemet.");
            Axe.inBothLanguages(page, () -> {
                assertThat(page.locator("label[for='measures:activitySearch']")).hasText(
                        "Search activities by reference, title or description");
                Browser.search(page, "#measures\\:activitySearch", "ingen sådan aktivitet");
                assertThat(page.locator("#measures\\:activitySearchHint")).hasText("No activity matches the search.");
            });
        }

        /** A link form offers 50 activities; a search narrows it to the one wanted, which is linked and listed. */
        private static void linkFound(Page page, String form, String reference, String list) {
            Locator choice = page.locator("#" + form + "\\:activityId option");
            assertThat(choice).hasCount(1 + 50);
            assertThat(page.locator("#" + form + "\\:activitySearchHint")).containsText("Listan visar de 50 första");
            Browser.search(page, "#" + form + "\\:activitySearch", reference);
            assertThat(choice).hasCount(1 + 1);
            page.locator("#" + form + "\\:activityId").selectOption(new SelectOption().setLabel(reference + " Aktivitet "
                    + reference));
            page.locator("#" + form + "\\:link").click();
            assertThat(page.locator(list)).containsText(reference);
        }
    }
}

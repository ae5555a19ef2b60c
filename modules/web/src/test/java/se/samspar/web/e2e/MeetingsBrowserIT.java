package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, points 5 and 7: the coordination of the demo agreement — the Socialnämnden decision the seeds hold,
 * reached from the start page; a meeting recorded by the coordinator whose decision creates an activity, which
 * shows the decision behind it; a partner reads but cannot change; axe in Swedish and English.
 */
@ExtendWith(BrowserExtension.class)
class MeetingsBrowserIT {
    private static final String VINR = "Våld i nära relation (VINR)";

    private Page page;

    @Test
    void theSocialCommitteesDecisionIsReachedFromTheStartPageWithItsReservationAndActivities() {
        Browser.signIn(page, "samordnare");
        page.locator("#agreements .meetings-link").first().click();
        assertThat(page.locator("h1")).containsText("Samordning, möten och beslut");
        assertThat(page.locator("#functionFacts")).containsText("exempel för demonstrationen");
        assertThat(page.locator("#meetingList")).containsText("Exempel: styrgruppens möte hösten 2023");
        Axe.assertNoViolations(page);

        page.locator("#decisionList").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Socialnämnden § 8")).click();
        assertThat(page.locator("h1")).hasText("Beslut – Socialnämnden § 8");
        assertThat(page.locator("#decisionFacts")).containsText("2023-03-30");
        assertThat(page.locator("#decisionFacts")).containsText("SN-2022/2159.119");
        assertThat(page.locator("#decisionFacts")).containsText("överlämnar det till kommunstyrelsen");
        assertThat(page.locator("#reservation")).containsText("Sven Pernils (SD)");
        assertThat(page.locator("#linkedActivities li")).hasCount(2);
        assertThat(page.locator("#linkedActivities")).containsText("VINR-5");
        assertThat(page.locator("#linkedActivities")).containsText("VINR-6");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("h1")).hasText("Decision – Socialnämnden § 8");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        // The activity shows the decision behind it, and leads back to it.
        page.locator("#linkedActivities a", new Page.LocatorOptions().setHasText("VINR-6")).click();
        assertThat(page.locator("#origins")).containsText("Beslut: Socialnämnden 2023-03-30 § 8");
        Axe.assertNoViolations(page);
        page.locator("#origins a").first().click();
        assertThat(page.locator("h1")).hasText("Beslut – Socialnämnden § 8");
    }

    @Test
    void aMeetingsDecisionCreatesAnActivityThatShowsTheDecisionBehindIt() {
        Browser.signIn(page, "samordnare");
        Browser.open(page, "/meetings?agreement=1");
        String title = "Styrgruppsmöte " + Browser.newReference("T");

        // Bad input: the refusal at its field, nothing written.
        page.locator("#meeting\\:heldOn").fill("2024-02-01");
        page.locator("#meeting\\:add").click();
        assertThat(page.locator("#meeting\\:messages")).containsText("Rubrik");
        assertTrue(page.url().contains("/meetings"), page.url());
        Axe.assertNoViolations(page);

        page.locator("#meeting\\:title").fill(title);
        page.locator("#meeting\\:kind").selectOption("WORKING_GROUP");
        Browser.tick(page.locator("#meeting").getByLabel("Huddinge kommun", new com.microsoft.playwright.Locator.GetByLabelOptions()
                .setExact(true)));
        Browser.tick(page.locator("#meeting").getByLabel("Polismyndigheten", new com.microsoft.playwright.Locator.GetByLabelOptions()
                .setExact(true)));
        page.locator("#meeting\\:agenda").fill("1. Läget\n2. Nya aktiviteter");
        page.locator("#meeting\\:add").click();
        page.waitForURL(Pattern.compile(".*/meeting\\?id=\\d+"));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#meetingFacts")).containsText("Arbetsgrupp");
        assertThat(page.locator("#meetingFacts")).containsText("Huddinge, Polisen"); // the parties' short names
        String meetingUrl = page.url();

        page.locator("#decision\\:text").fill("Arbetsgruppen startar en kartläggning av otrygga platser.");
        page.locator("#decision\\:paragraph").fill("§ 4");
        page.locator("#decision\\:record").click();
        assertThat(page.locator("#decisionList")).containsText("kartläggning av otrygga platser");
        Axe.assertNoViolations(page);
        page.locator("#decisionList a", new Page.LocatorOptions().setHasText("§ 4")).click();
        assertThat(page.locator("#decisionFacts")).containsText("2024-02-01"); // the meeting's day

        String reference = Browser.newReference("VINR");
        page.locator("#newActivity\\:areaId").selectOption(new SelectOption().setLabel(VINR));
        page.locator("#newActivity\\:reference").fill(reference);
        page.locator("#newActivity\\:title").fill("Kartläggning av otrygga platser");
        page.locator("#newActivity\\:leadPartyId").selectOption(new SelectOption().setLabel("Huddinge kommun"));
        page.locator("#newActivity\\:create").click();
        assertThat(page.locator("#linkedActivities")).containsText(reference);
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        page.locator("#linkedActivities a", new Page.LocatorOptions().setHasText(reference)).click();
        assertThat(page.locator("h1")).containsText(reference);
        assertThat(page.locator("#origins")).containsText("Beslut: " + title + " 2024-02-01 § 4");
        page.navigate(meetingUrl);
        assertThat(page.locator("#decisionList")).containsText(reference);
    }

    @Test
    void aPartnerReadsTheCoordinationButTheServerRefusesItsChanges() {
        Browser.signIn(page, "samordnare");
        Browser.open(page, "/meetings?agreement=1");
        List<String> sent = Browser.postsWith(page, "decision%3Arecord");
        page.locator("#decision\\:text").fill("Ett beslut");
        page.locator("#decision\\:record").click(); // refused: no body, no date
        assertThat(page.locator("#decision\\:messages")).containsText("Beslutande organ");
        assertEquals(1, sent.size());
        String marker = "Beslut från partner " + Browser.newReference("P");

        Browser.asUser("polis", partner -> {
            partner.navigate(AppServer.url("/meetings?agreement=1"));
            assertThat(partner.locator("#decisionList")).containsText("Socialnämnden § 8");
            assertThat(partner.locator("form#meeting")).hasCount(0);
            assertThat(partner.locator("form#decision")).hasCount(0);
            assertThat(partner.locator("form#function")).hasCount(0);
            Axe.assertNoViolations(partner);
            // The coordinator's request, complete, replayed in the partner's session: nothing written.
            String body = Browser.withField(Browser.withField(Browser.withField(sent.get(0), "decision:text", marker),
                    "decision:body", "Styrgruppen"), "decision:decidedOn", "2024-01-10");
            APIResponse replayed = partner.request().post(AppServer.url("/meetings?agreement=1"),
                    RequestOptions.create().setHeader("Content-Type", "application/x-www-form-urlencoded")
                            .setHeader("Faces-Request", "partial/ajax").setData(body));
            assertFalse(replayed.text().contains("/decision?id="), "no decision page to go to");
            partner.navigate(AppServer.url("/meetings?agreement=1"));
            assertFalse(partner.locator("#decisionList").innerText().contains(marker));
            // Linking an activity to the Socialnämnden decision: no form, and a crafted request refused.
            partner.locator("#decisionList a", new Page.LocatorOptions().setHasText("Socialnämnden § 8")).click();
            assertThat(partner.locator("#link\\:activityId")).hasCount(0);
            assertThat(partner.locator("form#newActivity")).hasCount(0);
        });
        page.navigate(AppServer.url("/meetings?agreement=1"));
        assertFalse(page.locator("#decisionList").innerText().contains(marker));
    }
}

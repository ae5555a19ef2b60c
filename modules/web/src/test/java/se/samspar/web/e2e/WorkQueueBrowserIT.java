package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, points 2 and 3: the start page as each role's work queue, linked to the activities table under the same
 * filter; the dashboard's key figures as links; "Ny aktivitet" and "Ändra" in a form of their own that returns to the
 * activity with a confirmation; a refused form's error summary that takes the focus and links to its fields.
 */
@ExtendWith(BrowserExtension.class)
class WorkQueueBrowserIT {
    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");
    private BrowserContext context;
    private Page page;
    private PageErrors errors;

    @Test
    void theCoordinatorsQueueLinksToTheTableUnderTheSameFilter() {
        Browser.signIn(page, "samordnare");
        assertThat(page.locator("#queue-heading")).hasText("Att göra");
        for (String card : new String[] {"#queue-risk", "#queue-due", "#queue-needs", "#queue-follow-ups"}) {
            assertThat(page.locator(card + " .queue-number")).hasText(Pattern.compile("\\d+"));
        }
        // The demo agreement has activities at risk: the count, a light beside each listed one, and the link.
        long atRisk = Long.parseLong(page.locator("#queue-risk .queue-number").innerText().strip());
        assertTrue(atRisk > 0, "the demo data has activities at risk");
        assertThat(page.locator("#queue-risk .queue-items .light").first()).isVisible();
        Locator link = page.locator("#queue-risk a.queue-link").first();
        assertTrue(!link.getAttribute("href").contains("lead="), "the coordinator's queue takes all activities");
        long linked = number(link.innerText());
        link.click();
        assertThat(page.locator("h1")).containsText("Aktiviteter");
        assertThat(page.locator("#filters\\:linked")).containsText("avvikelse eller risk");
        assertThat(page.locator("#count")).containsText(linked == 1 ? "En aktivitet" : linked + " aktiviteter");
        for (Locator light : page.locator("#rows\\:activities .light").all()) {
            assertTrue(!light.innerText().equals("Enligt plan"), "no green row: " + light.innerText());
        }
        // "Återställ" takes the link's filter away with the rest.
        page.locator("#filters\\:reset").click();
        assertThat(page.locator("#filters\\:linked")).hasCount(0);

        // Waiting for my report: the link carries the needs-update filter, checked in the form.
        page.navigate(AppServer.url("/"));
        Locator needs = page.locator("#queue-needs a.queue-link").first();
        long needing = number(needs.innerText());
        needs.click();
        assertThat(page.locator("#filters\\:needsUpdate")).isChecked();
        assertThat(page.locator("#count")).containsText(String.valueOf(needing));
        errors.assertNone();
    }

    @Test
    void aPartnersQueueIsItsOrganisationsActivitiesAndItsOpenFollowUps() {
        Browser.signIn(page, "polis");
        assertThat(page.locator("#queue")).isVisible();
        assertThat(page.locator("#queue-follow-ups h3")).hasText("Uppföljningar öppna för rapportering");
        assertThat(page.locator("#queue-needs h3")).hasText("Att rapportera av mig");
        for (Locator link : page.locator("#queue a.queue-link").all()) {
            assertTrue(link.getAttribute("href").contains("lead="), "a partner's links name its party: "
                    + link.getAttribute("href"));
        }
        assertThat(page.locator("#needs-heading")).isVisible();
        assertThat(page.locator("#adopted-heading")).hasCount(0);
        errors.assertNone();
    }

    @Test
    void theBoardMembersStartLeadsToAdoptedFollowUpsAndDashboards() {
        Browser.signIn(page, "styrgrupp");
        assertThat(page.locator("#adopted-heading")).hasText("Fastställda uppföljningar");
        assertThat(page.locator("#queue")).hasCount(0);
        assertThat(page.locator("#needs-heading")).hasCount(0);
        page.locator("#toBoard").click();
        assertThat(page).hasURL(Pattern.compile(".*/board.*"));
        page.goBack();
        page.locator("#agreements a.dashboard-link").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/dashboard\\?agreement=\\d+.*"));
        assertThat(page.locator("#figures")).isVisible();
        errors.assertNone();
    }

    @Test
    void dashboardFiguresLinkToTheActivitiesTheyCount() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/dashboard?agreement=1"));
        String overdue = page.locator("#figure-overdue .figure").innerText().strip();
        page.locator("#figure-overdue").click();
        assertThat(page.locator("#filters\\:overdue")).isChecked();
        assertThat(page.locator("#count")).containsText(overdue.equals("0") ? "Inga" : overdue);

        page.navigate(AppServer.url("/dashboard?agreement=1&area=1"));
        String atRisk = page.locator("#figure-atRisk .figure").innerText().strip();
        page.locator("#figure-atRisk").click();
        assertThat(page.locator("#filters\\:area")).hasValue("1");
        assertThat(page.locator("#filters\\:linked")).isVisible();
        assertThat(page.locator("#count")).containsText(atRisk.equals("0") ? "Inga" : atRisk);
        errors.assertNone();
    }

    @Test
    void aNewActivityFromTheAgreementPageReturnsToItWithAConfirmationAndIsDueSoonOnTheStartPage() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement?id=1"));
        page.locator("#newActivity").click();
        assertThat(page.locator("h1")).hasText("Ny aktivitet");

        // Nothing filled in: the summary on top takes the focus and links to the fields.
        page.locator("#activity\\:save").click();
        Locator summary = page.locator("#activity .error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).isFocused();
        assertThat(summary).containsText("Inget sparades");
        Locator toTitle = summary.locator("a[href='#activity:title']");
        assertThat(toTitle).hasCount(1);
        assertThat(toTitle).containsText("Titel");
        toTitle.click();
        assertThat(page.locator("#activity\\:title")).isFocused();
        Axe.assertNoViolations(page);

        String reference = Browser.newReference("VINR");
        String title = "Trygghetsvandring " + reference;
        fill(reference, title);
        page.locator("#activity\\:dueDate").fill(LocalDate.now().plusDays(10).toString());
        page.locator("#activity\\:save").click();
        assertThat(page).hasURL(Pattern.compile(".*/activity\\?id=\\d+.*"));
        assertThat(page.locator("h1")).hasText(reference + " " + title);
        assertThat(page.locator("#feedback")).containsText("Aktiviteten " + reference + " har lagts till");

        page.navigate(AppServer.url("/"));
        assertThat(page.locator("#queue-due")).containsText(reference);
        errors.assertNone();
    }

    @Test
    void aNewActivityFromTheTableAndOnlyForCoordinators() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/activities?agreement=1"));
        page.locator("#newActivity").click();
        assertThat(page.locator("h1")).hasText("Ny aktivitet");
        String reference = Browser.newReference("VINR");
        fill(reference, "Från tabellen " + reference);
        page.locator("#activity\\:save").click();
        assertThat(page.locator("#feedback")).containsText(reference);

        for (String user : new String[] {"polis", "styrgrupp"}) {
            context.clearCookies();
            Browser.signIn(page, user);
            page.navigate(AppServer.url("/activities?agreement=1"));
            assertThat(page.locator("#newActivity")).hasCount(0);
            page.navigate(AppServer.url("/agreement?id=1"));
            assertThat(page.locator("#newActivity")).hasCount(0);
            page.navigate(AppServer.url("/activity?id=1"));
            assertThat(page.locator("#change")).hasCount(0);
            String url = AppServer.url("/activity-edit?agreement=1");
            errors.expectErrorStatus(url);
            Response response = page.navigate(url);
            assertEquals(403, response.status(), user);
            url = AppServer.url("/activity-edit?id=1");
            errors.expectErrorStatus(url);
            assertEquals(403, page.navigate(url).status(), user);
        }
    }

    @Test
    void changeFromTheActivityPageReturnsWithAConfirmation() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/activity-edit?agreement=1"));
        String reference = Browser.newReference("VINR");
        fill(reference, "Att ändra " + reference);
        page.locator("#activity\\:save").click();
        assertThat(page.locator("#feedback")).containsText(reference);

        page.locator("#change").click();
        assertThat(page.locator("h1")).hasText("Ändra aktivitet " + reference);
        assertThat(page.locator("#activity\\:title")).hasValue("Att ändra " + reference);
        // A refusal first: an empty title, said on top with the focus there.
        page.locator("#activity\\:title").fill("");
        page.locator("#activity\\:save").click();
        assertThat(page.locator("#activity .error-summary")).isFocused();
        page.locator("#activity\\:title").fill("Ändrad " + reference);
        page.locator("#activity\\:save").click();
        assertThat(page.locator("h1")).hasText(reference + " Ändrad " + reference);
        assertThat(page.locator("#feedback")).containsText("Ändringarna i " + reference + " har sparats");
        errors.assertNone();
    }

    /** The new states in both languages: the queue of each role, the form with its summary, the linked table. */
    @Test
    void theNewStatesPassAxeInBothLanguages() {
        for (String language : new String[] {"sv", "en"}) {
            for (String user : new String[] {"samordnare", "polis", "styrgrupp"}) {
                context.clearCookies();
                Browser.signIn(page, user);
                if (!language.equals(page.locator("html").getAttribute("lang"))) {
                    Browser.switchLanguage(page, language);
                }
                Axe.assertNoViolations(page);
            }
            context.clearCookies();
            Browser.signIn(page, "samordnare");
            if (!language.equals(page.locator("html").getAttribute("lang"))) {
                Browser.switchLanguage(page, language);
            }
            page.navigate(AppServer.url("/activities?agreement=1&risk=true&due=30&party=1&from=2024-01-01&to=2024-12-31"));
            assertThat(page.locator("#filters\\:linked")).isVisible();
            Axe.assertNoViolations(page);
            page.navigate(AppServer.url("/activity-edit?agreement=1"));
            page.locator("#activity\\:save").click();
            assertThat(page.locator("#activity .error-summary")).isFocused();
            Axe.assertNoViolations(page);
            page.navigate(AppServer.url("/activity-edit?id=1"));
            Axe.assertNoViolations(page);
            page.navigate(AppServer.url("/dashboard?agreement=1"));
            Axe.assertNoViolations(page);
        }
        context.clearCookies();
        Browser.signIn(page, "samordnare"); // back to Swedish for the next tests
        errors.assertNone();
    }

    private void fill(String reference, String title) {
        page.locator("#activity\\:areaId").selectOption(new SelectOption().setLabel("Våld i nära relation (VINR)"));
        page.locator("#activity\\:reference").fill(reference);
        page.locator("#activity\\:title").fill(title);
        page.locator("#activity\\:leadPartyId").selectOption(new SelectOption().setLabel("Huddinge kommun"));
    }

    private static long number(String linkText) {
        var m = COUNT.matcher(linkText);
        assertTrue(m.find(), "a count in " + linkText);
        return Long.parseLong(m.group(1));
    }
}

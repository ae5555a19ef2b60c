package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The agreement overview of the Huddinge demo agreement, as a user sees it. */
@ExtendWith(BrowserExtension.class)
class OverviewBrowserIT {
    static final String OVERVIEW = "/agreement?id=1";
    static final String TITLE = "Samverkansöverenskommelse Huddinge 2023–2024";
    static final List<String> PARTIES = List.of("Huddinge kommun", "Polismyndigheten",
            "Södertörns brandförsvarsförbund", "Kriminalvården", "Huge Bostäder AB",
            "Huddinge Samhällsfastigheter AB");
    static final String VINR = "Våld i nära relation (VINR)";
    static final String VINR_GOAL = "Våld i nära relationer ska upphöra";
    static final List<String> VINR_SUB_GOALS = List.of("Intern och extern samverkan",
            "Stöd till våldsutsatta och våldsutövare", "Metodutveckling och utbildningsinsatser",
            "Förebyggande insatser mot våld", "Informationsinsatser");
    static final Pattern SWEDISH_STATUS = Pattern.compile("^(Planerad|Pågår|Genomförd|Framflyttad|Avbruten)$");
    static final Pattern ENGLISH_STATUS = Pattern.compile("^(Planned|In progress|Completed|Postponed|Cancelled)$");
    private static final int MAX_TABS = 30;

    private Page page;

    @Test
    void showsTheAgreementItsPartiesGoalsAndActivities() {
        Browser.open(page, OVERVIEW);

        assertThat(page.locator("h1")).hasText(TITLE);
        Locator organisations = page.locator("section:has(#parties-heading) tbody tr > td:first-child");
        assertThat(organisations).hasCount(PARTIES.size());
        assertEquals(Set.copyOf(PARTIES), organisations.allInnerTexts().stream().map(String::strip)
                .collect(Collectors.toSet()), "the parties' organisations");

        Locator area = page.locator("section.area", new Page.LocatorOptions()
                .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(VINR).setExact(true))));
        assertThat(area).hasCount(1);
        assertThat(area.locator(".goals > li > .goal-title")).containsText(new String[] {VINR_GOAL});
        assertThat(area.locator(".sub-goals .goal-title")).hasText(VINR_SUB_GOALS.toArray(String[]::new));

        Locator statuses = area.locator(".activities tbody tr .status");
        List<String> shown = statuses.allInnerTexts();
        assertTrue(shown.size() >= 5, "at least five activities in " + VINR + ", found " + shown.size());
        shown.forEach(status -> assertTrue(SWEDISH_STATUS.matcher(status.strip()).matches(),
                "Swedish status text expected, found \"" + status + "\""));

        Browser.switchLanguage(page, "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Priority areas")))
                .isVisible();
        assertThat(page.locator("h1")).hasText(TITLE);
        String status = page.locator(".activities tbody tr .status").first().innerText().strip();
        assertTrue(ENGLISH_STATUS.matcher(status).matches(), "English status text expected, found \"" + status + "\"");
    }

    @Test
    void theLanguageSwitchWorksWithTheKeyboardAlone() {
        Browser.open(page, OVERVIEW);
        assertThat(page.locator("html")).hasAttribute("lang", "sv");

        int tabs = 0;
        while (!"language:switch".equals(page.evaluate("document.activeElement && document.activeElement.id"))) {
            if (++tabs > MAX_TABS) {
                fail("the language switch was not reached within " + MAX_TABS + " presses of Tab");
            }
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Enter");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator("#language\\:switch")).hasText("På svenska");
        assertEquals(OVERVIEW, page.url().substring(AppServer.baseUrl().length()),
                "the switch reloads the same page");
    }

    /**
     * Rule 13: the demo agreement became ACTIVE when the demo data was imported, so its plan as signed is recorded;
     * the overview links to the comparison, which a party's user sees too, accessible in both languages.
     */
    @Test
    void theOverviewLinksToThePlanAsSignedAndTodays() {
        Browser.signIn(page, "polis");
        Browser.open(page, OVERVIEW);
        page.locator("#plan").click();
        assertThat(page.locator("h1")).hasText("Planen som undertecknad och i dag");
        assertThat(page.locator("#noBaseline")).hasCount(0);
        assertTrue(page.locator("#signedAt").innerText().strip().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"),
                "the time the plan was saved: " + page.locator("#signedAt").innerText());
        assertTrue(Integer.parseInt(page.locator("#activitiesThen").innerText().strip()) >= 16,
                "the demo agreement's activities were frozen");
        assertThat(page.locator("table").first()).isVisible();
        Axe.assertNoViolations(page);

        Browser.switchLanguage(page, "en");
        assertThat(page.locator("h1")).hasText("The plan as signed and today");
        Axe.assertNoViolations(page);
    }
}

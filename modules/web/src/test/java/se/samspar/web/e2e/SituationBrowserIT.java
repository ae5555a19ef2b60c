package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 points 1 and 2 in the browser, in Swedish and English with axe-core on every new state: the demo
 * coordinator records a situation picture with two problems, links an activity to one, finds the other flagged as
 * without a measure on the agreement page (and an activity without a problem), adopts the version and finds it frozen.
 */
@ExtendWith(BrowserExtension.class)
class SituationBrowserIT {
    private Page page;

    @Test
    void aCoordinatorRecordsAndAdoptsASituationPictureAndLinksMeasures() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String insecurity = "Otrygghet i centrum " + tag;
        String burglary = "Inbrott i villaområden " + tag;
        Browser.signIn(page, "samordnare");

        // Two activities of its own: one will address a problem, the other none.
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        String linked = Browser.newReference("VINR");
        Browser.addVinrActivity(page, linked, "Trygghetsvandringar " + tag);
        String unlinked = Browser.newReference("VINR");
        Browser.addVinrActivity(page, unlinked, "Utan problem " + tag);

        // The start page and the agreement page lead to the situation picture.
        page.navigate(AppServer.url("/"));
        assertThat(page.locator("#situation")).isVisible();
        page.navigate(AppServer.url("/agreement?id=1"));
        page.locator("#situation").click();
        assertThat(page.locator("h1")).containsText("Lägesbild – Huddinge kommun");
        // The address names the municipality; postbacks and language switches keep to it.
        String pictureUrl = page.url();
        if (page.locator("#newVersion\\:draft").count() > 0) {
            page.locator("#newVersion\\:asOf").fill("2026-10-31");
            page.locator("#newVersion\\:draft").click();
            assertThat(page.locator("#newVersion")).hasCount(0);
        }
        assertThat(page.locator("#status-value")).hasText("Utkast");
        Axe.assertNoViolations(page);

        // Bad input is said at the field, and nothing is written.
        page.locator("#problem\\:title").fill("Anmälan 811218-9876");
        page.locator("#problem\\:save").click();
        assertThat(page.locator("#problem")).containsText("Får inte innehålla personnummer");
        assertThat(page.locator("#problem")).containsText("Måste fyllas i.");
        assertThat(page.locator("#shown")).not().containsText("811218-9876");
        Axe.assertNoViolations(page);

        addProblem(insecurity, "INSECURITY", "Centrum", "Sena kvällar", "LOCAL_SAFETY_SURVEY");
        addProblem(burglary, "THEFT_BURGLARY", "Villaområdena i söder", "Semestrar", "POLICE_STATISTICS");
        Locator first = problem(insecurity);
        assertThat(first).containsText("Lokal trygghetsmätning");
        assertThat(first).containsText("Otrygghet");
        assertThat(first).containsText("Ingen aktivitet möter problemet.");

        // The activity addresses the first problem.
        page.locator("#measures\\:problemId").selectOption(new SelectOption().setLabel(insecurity));
        Browser.search(page, "#measures\\:activitySearch", linked); // 50 are offered: the other tests' come first
        page.locator("#measures\\:activityId").selectOption(new SelectOption().setLabel(linked + " Trygghetsvandringar " + tag));
        page.locator("#measures\\:link").click();
        assertThat(problem(insecurity)).containsText(linked);
        assertThat(problem(insecurity)).not().containsText("Ingen aktivitet möter problemet.");
        assertThat(problem(burglary)).containsText("Ingen aktivitet möter problemet.");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("h1")).containsText("Situation picture – Huddinge kommun");
        assertThat(problem(burglary)).containsText("No activity addresses this problem.");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        // The agreement page flags the problem without a measure and the activity without a problem.
        page.navigate(AppServer.url("/agreement?id=1"));
        assertThat(page.locator("#problemsWithoutMeasureList")).containsText(burglary);
        assertThat(page.locator("#problemsWithoutMeasureList")).not().containsText(insecurity);
        assertThat(page.locator("#activitiesWithoutProblemList")).containsText(unlinked);
        assertThat(page.locator("#activitiesWithoutProblemList")).not().containsText(linked);
        assertThat(page.locator("#problemsWithoutMeasure")).containsText("problem i lägesbilden saknar åtgärd");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("#activitiesWithoutProblem")).containsText("activities are linked to no problem");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");
        page.locator("#problemsWithoutMeasureList a", new Page.LocatorOptions().setHasText(burglary)).click();
        assertThat(page.locator("h1")).containsText("Lägesbild");

        // The dashboard counts the same.
        page.navigate(AppServer.url("/dashboard?agreement=1"));
        assertThat(page.locator("#figure-problemsWithoutMeasure")).containsText("problem i lägesbilden saknar åtgärd");
        assertThat(page.locator("#figure-activitiesWithoutProblem")).containsText("aktiviteter är inte kopplade");

        // Adopting: a missing diary number is said at the field, then the whole decision adopts and freezes it.
        page.navigate(pictureUrl);
        page.locator("#adopt\\:body").fill("Kommunstyrelsen");
        page.locator("#adopt\\:date").fill("2026-11-30");
        page.locator("#adopt\\:paragraph").fill("§ 12");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#adopt\\:adoptButton").click();
        assertThat(page.locator("#adopt")).containsText("Måste fyllas i.");
        assertThat(page.locator("#status-value")).hasText("Utkast");
        page.locator("#adopt\\:diaryNumber").fill("KS-2026/" + tag);
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#adopt\\:adoptButton").click();
        assertThat(page.locator("#status-value")).hasText("Fastställd");
        assertThat(page.locator("#decision")).containsText("Kommunstyrelsen");
        assertThat(page.locator("#decision-diary")).hasText("KS-2026/" + tag);
        assertThat(page.locator("#frozenNote")).containsText("Versionen är fastställd och ändras inte");
        assertThat(page.locator("#problem")).hasCount(0);
        assertThat(page.locator("#adopt")).hasCount(0);
        assertThat(page.locator(".edit-problem")).hasCount(0);
        assertThat(page.locator(".remove-problem")).hasCount(0);
        assertThat(page.locator("#newVersion\\:draft")).isVisible();
        // Measures stay linkable to the adopted version's problems: the action plan goes on.
        assertThat(page.locator("#measures\\:link")).isVisible();
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("#status-value")).hasText("Adopted");
        assertThat(page.locator("#frozenNote")).containsText("This version is adopted and does not change");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        // A board member reads it, and edits nothing.
        Browser.asUser("styrgrupp", board -> {
            board.navigate(pictureUrl);
            assertThat(board.locator("#shown")).containsText(burglary);
            assertThat(board.locator("#measures\\:link")).hasCount(0);
            assertThat(board.locator("#newVersion")).hasCount(0);
            Axe.assertNoViolations(board);
        });
    }

    private Locator problem(String title) {
        return page.locator("section.problem", new Page.LocatorOptions().setHasText(title));
    }

    private void addProblem(String title, String category, String place, String when, String source) {
        page.locator("#problem\\:title").fill(title);
        page.locator("#problem\\:category").selectOption(category);
        page.locator("#problem\\:description").fill("Beskrivning av " + title);
        page.locator("#problem\\:place").fill(place);
        page.locator("#problem\\:timePattern").fill(when);
        page.locator("#problem\\:groupsAffected").fill("Boende");
        Browser.tick(page.locator("#problem input[type=checkbox][value=" + source + "]"));
        page.locator("#problem\\:causes").fill("Orsaker till " + title);
        page.locator("#problem\\:save").click();
        assertThat(page.locator("#problem")).containsText("Problemet är tillagt.");
        assertThat(problem(title)).isVisible();
    }
}

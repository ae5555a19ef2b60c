package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 points 4 and 5 in the browser, in Swedish and English with axe-core on every new state: an agreement past
 * its end says so and offers its coordinator closing or renewal (never once it is closed, never to a board member);
 * an activity dated outside the agreement's period is saved with a warning at the field; the report dialog shows the
 * previous report's comment (and the activity's named reporter by name).
 */
@ExtendWith(BrowserExtension.class)
class AgreementPeriodBrowserIT {
    private Page page;

    @Test
    void anEndedAgreementOffersClosingOrRenewalUntilItIsClosed() {
        // The demo agreement ended on 2024-12-31 and is still active.
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement?id=1"));
        assertThat(page.locator("#periodEnded")).containsText("2024-12-31");
        assertThat(page.locator("#closeEnded")).isVisible();
        assertThat(page.locator("#renewEnded")).isVisible();
        assertThat(page.locator("main")).containsText("Avslutad period");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("#periodEnded")).containsText("The agreement's period ended on");
        assertThat(page.locator("#closeEnded")).hasText("close the agreement");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        // A board member reads that it ended; the offer is the coordinator's.
        Browser.asUser("styrgrupp", board -> {
            board.navigate(AppServer.url("/agreement?id=1"));
            assertThat(board.locator("#periodEnded")).isVisible();
            assertThat(board.locator("#closeEnded")).hasCount(0);
            Axe.assertNoViolations(board);
        });

        // An agreement of its own that ended in 2020: offered while active, not once closed.
        String title = "Avslutad " + UUID.randomUUID().toString().substring(0, 6);
        page.navigate(AppServer.url("/agreement-new"));
        page.locator("#newAgreement\\:title").fill(title);
        page.locator("#newAgreement\\:validFrom").fill("2019-01-01");
        page.locator("#newAgreement\\:validTo").fill("2020-12-31");
        page.locator("#newAgreement\\:decidedBy").fill("Kommunstyrelsen");
        page.locator("#newAgreement\\:diaryNumber").fill("KS-2018/1");
        Browser.tick(page.getByLabel("Huddinge kommun", new Page.GetByLabelOptions().setExact(true)));
        page.locator("#newAgreement\\:create").click();
        assertThat(page.locator("h1")).containsText(title);
        String editUrl = page.url();
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#status\\:advance").click();
        assertThat(page.locator("#status")).containsText("Gällande");
        String id = editUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        page.navigate(AppServer.url("/agreement?id=" + id));
        assertThat(page.locator("#periodEnded")).containsText("2020-12-31");
        assertThat(page.locator("#closeEnded")).isVisible();

        page.navigate(editUrl);
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#status\\:advance").click();
        assertThat(page.locator("#closedNotice")).isVisible();
        page.navigate(AppServer.url("/agreement?id=" + id));
        assertThat(page.locator("#closedNotice")).isVisible();
        assertThat(page.locator("#periodEnded")).hasCount(0);
        assertThat(page.locator("#closeEnded")).hasCount(0);
        assertThat(page.locator("#renewEnded")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("Avslutad period");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("#closedNotice")).isVisible();
        assertThat(page.locator("#periodEnded")).hasCount(0);
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");
    }

    @Test
    void anActivityDatedOutsideThePeriodIsSavedWithAWarningAtTheField() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        String reference = Browser.newReference("VINR");
        saveActivity(reference, "2024-03-01", "2026-06-30");
        assertThat(page.locator("#activity")).containsText(
                "Datumet ligger utanför överenskommelsens period (2023-01-01 – 2024-12-31). Det sparas ändå.");
        Axe.assertNoViolations(page);

        Browser.switchLanguage(page, "en");
        String early = Browser.newReference("VINR");
        saveActivity(early, "2022-05-01", "2023-06-30");
        assertThat(page.locator("#activity")).containsText("The date is outside the period of the agreement (1 Jan 2023 – 31 Dec 2024). It is saved anyway.");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        // Dates within the period: no warning.
        String inside = Browser.newReference("VINR");
        saveActivity(inside, "2023-02-01", "2024-11-30");
        assertThat(page.locator("#activity")).not().containsText("utanför överenskommelsens period");
    }

    @Test
    void theReportDialogShowsThePreviousComment() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        String reference = Browser.newReference("VINR");
        page.locator("#activity\\:reporterUser").fill("polis");
        Browser.addVinrActivity(page, reference, "Föregående kommentar " + tag);
        page.navigate(AppServer.url("/activities?agreement=1"));
        page.locator("#filters\\:text").fill(reference);
        page.locator("#filters\\:apply").click();
        page.locator("#rows\\:activities a", new Page.LocatorOptions().setHasText(reference)).first().click();
        assertThat(page.locator("h1")).containsText(reference);
        // Issue 16 point 9: the named reporter by name, not by username.
        assertThat(page.locator("#reporter")).hasText("Erik Sandberg");

        // No report yet: nothing to show.
        page.locator("#actions\\:report").click();
        assertThat(page.locator("#reportForm\\:status")).isVisible();
        assertThat(page.locator("#reportForm\\:previousComment")).hasCount(0);
        page.keyboard().press("Escape");

        page.locator("#actions\\:report").click();
        page.locator("#reportForm\\:status").selectOption("IN_PROGRESS");
        page.locator("#reportForm\\:progress").fill("30");
        page.locator("#reportForm\\:comment").fill("Lokalen är bokad " + tag);
        page.locator("#reportForm\\:submit").click();
        assertThat(page.locator("#history")).containsText("Lokalen är bokad " + tag);

        page.locator("#actions\\:report").click();
        assertThat(page.locator("#reportForm\\:previousComment")).containsText("Lokalen är bokad " + tag);
        assertThat(page.locator("#reportForm\\:previousComment")).containsText("Förra kommentaren");
        Axe.assertNoViolations(page);
        page.keyboard().press("Escape");

        Browser.switchLanguage(page, "en");
        page.locator("#actions\\:report").click();
        assertThat(page.locator("#reportForm\\:previousComment")).containsText("Previous comment");
        assertThat(page.locator("#reportForm\\:previousComment")).containsText("Lokalen är bokad " + tag);
        Axe.assertNoViolations(page);
        page.keyboard().press("Escape");
        Browser.switchLanguage(page, "sv");
    }

    /** Saves a new VINR activity with the dates, led by the municipality, and sees it listed. */
    private void saveActivity(String reference, String start, String due) {
        page.locator("#activity\\:areaId").selectOption(new SelectOption().setLabel("Våld i nära relation (VINR)"));
        page.locator("#activity\\:reference").fill(reference);
        page.locator("#activity\\:title").fill("Period " + reference);
        page.locator("#activity\\:leadPartyId").selectOption(new SelectOption().setLabel("Huddinge kommun"));
        page.locator("#activity\\:startDate").fill(start);
        page.locator("#activity\\:dueDate").fill(due);
        page.locator("#activity\\:save").click();
        assertThat(page.locator("#activityList")).containsText(reference);
    }

    /**
     * Issue 12: a user who sees more than five agreements (here the administrator, who sees all; agreements are made
     * until there are six) chooses one on the board page instead of getting every agreement's follow-ups at once;
     * the choice is the address, and axe finds nothing.
     */
    @Test
    void theBoardPageOfManyAgreementsShowsTheOneChosen() {
        Browser.signIn(page, "admin");
        var listed = page.locator("#agreements table > tbody > tr");
        for (int made = 0; listed.count() < 6 && made < 6; made++) {
            String title = "Styrgrupp " + UUID.randomUUID().toString().substring(0, 6);
            page.navigate(AppServer.url("/agreement-new"));
            page.locator("#newAgreement\\:title").fill(title);
            page.locator("#newAgreement\\:validFrom").fill("2025-01-01");
            page.locator("#newAgreement\\:validTo").fill("2026-12-31");
            // A party no demo user belongs to: the others' pages keep the agreements they had.
            Browser.tick(page.getByLabel("Kriminalvården", new Page.GetByLabelOptions().setExact(true)));
            page.locator("#newAgreement\\:create").click();
            assertThat(page.locator("h1")).containsText(title);
            page.navigate(AppServer.url("/"));
        }
        page.navigate(AppServer.url("/board"));
        var choice = page.locator("#choice-agreement");
        assertThat(choice).isVisible();
        assertThat(page.locator(".board-agreement")).hasCount(1);
        String demo = "Samverkansöverenskommelse Huddinge 2023–2024";
        choice.selectOption(new SelectOption().setLabel(demo));
        page.locator("#choice-show").click();
        assertThat(page.locator(".board-agreement")).hasCount(1);
        assertThat(page.locator(".board-agreement")).containsText(demo);
        org.junit.jupiter.api.Assertions.assertTrue(page.url().contains("agreement=1"), page.url());
        Axe.assertNoViolations(page);
    }
}

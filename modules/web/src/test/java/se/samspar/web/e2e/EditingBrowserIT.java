package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coordinator's editing of an action plan (order, delete, cancel), the report dialog by keyboard, and what the
 * server does with requests the page would never send: rights withdrawn while a page is open, and a partner's
 * report replayed against an activity the partner may not report on.
 */
@ExtendWith(BrowserExtension.class)
class EditingBrowserIT {
    private static final String[] VINR = {"Våld i nära relation (VINR)", "VINR"};
    private static final String[] TRYG = {"Trygghet i offentlig miljö (TRYG)", "TRYG"};
    private static final String STALE = "Någon annan har ändrat uppgifterna sedan du öppnade dem.";

    private Page page;

    @Test
    void aCoordinatorReordersDeletesAndCancelsActivities() {
        Browser.signIn(page, "samordnare");
        String first = createActivity(page, "Huddinge kommun");
        String second = createActivity(page, "Huddinge kommun");
        List<String> before = references();
        assertEquals(before.indexOf(first) + 1, before.indexOf(second), "a new activity comes last in its area");

        row(second).locator("button[id$=':up']").click();
        assertThat(page.locator("#activityList")).containsText(second);
        page.waitForCondition(() -> references().indexOf(second) < references().indexOf(first));
        assertEquals(references().indexOf(first) - 1, references().indexOf(second), "moved one place up");
        page.reload();
        Browser.showHundredRows(page);
        assertEquals(references().indexOf(first) - 1, references().indexOf(second), "the order is saved");

        // Deleting asks first: answered no, nothing is sent and the activity stays.
        List<String> questions = new java.util.ArrayList<>();
        page.onceDialog(dialog -> {
            questions.add(dialog.message());
            dialog.dismiss();
        });
        row(first).locator("button[id$=':delete']").click();
        Axe.settle(page);
        assertEquals(List.of("Aktiviteten tas bort helt. Vill du fortsätta?"), questions);
        assertThat(page.locator("#activityList")).not().containsText("Aktiviteten har tagits bort.");
        assertThat(row(first)).hasCount(1);

        // Answered yes: nothing is reported on it, so it goes.
        page.onceDialog(dialog -> dialog.accept());
        row(first).locator("button[id$=':delete']").click();
        assertThat(page.locator("#activityList")).containsText("Aktiviteten har tagits bort.");
        assertThat(page.locator("#activityList")).not().containsText(first);

        // With a status report it is cancelled instead: no delete button, the history is kept.
        reportInProgress(page, second);
        Browser.openAgreementEditing(page);
        assertThat(row(second).locator("button[id$=':delete']")).hasCount(0);
        page.onceDialog(dialog -> dialog.accept());
        row(second).locator("button[id$=':cancelActivity']").click();
        assertThat(page.locator("#activityList")).containsText("Aktiviteten har avbrutits.");
        page.navigate(AppServer.url("/activities?agreement=1"));
        page.locator("#filters\\:text").fill(second);
        page.locator("#filters\\:text").press("Enter"); // Enter applies the filter, as the button does
        assertThat(page.locator("#rows\\:activities")).containsText("Avbruten");
        assertThat(page.locator("#rows\\:activities tbody tr")).hasCount(1);
    }

    /*
     * The row buttons of the action plan act on the activity the coordinator clicked, as the page showed it, even when
     * another coordinator changed the list after the page was shown and this page has re-read it since (opening a
     * party's form does) without showing it again. Here the other coordinator adds an activity in VINR, which comes
     * before every TRYG activity, so each TRYG row of the shown table is one place further down in the list.
     */

    @Test
    void deleteRemovesTheClickedActivityWhenAnotherCoordinatorAddedOneBeforeIt() {
        Browser.signIn(page, "samordnare");
        String kept = createActivity(page, TRYG, "Huddinge kommun");
        String deleted = createActivity(page, TRYG, "Huddinge kommun");
        withAnotherCoordinator(other -> {
            Browser.openAgreementEditing(page);
            createActivity(other, VINR, "Huddinge kommun");
            rereadWithoutShowingTheList();

            page.onceDialog(dialog -> dialog.accept());
            row(deleted).locator("button[id$=':delete']").click();
            assertThat(page.locator("#activityList")).containsText("Aktiviteten har tagits bort.");
            assertThat(page.locator("#activityList")).not().containsText(deleted);
            assertThat(row(kept)).hasCount(1);
            page.reload();
            Browser.showHundredRows(page);
            assertThat(row(kept)).hasCount(1);
            assertThat(row(deleted)).hasCount(0);
        });
    }

    @Test
    void cancelCancelsTheClickedActivityWhenAnotherCoordinatorAddedOneBeforeIt() {
        Browser.signIn(page, "samordnare");
        String kept = createActivity(page, TRYG, "Huddinge kommun");
        String cancelled = createActivity(page, TRYG, "Huddinge kommun");
        reportInProgress(page, kept);
        reportInProgress(page, cancelled);
        withAnotherCoordinator(other -> {
            Browser.openAgreementEditing(page);
            createActivity(other, VINR, "Huddinge kommun");
            rereadWithoutShowingTheList();

            page.onceDialog(dialog -> dialog.accept());
            row(cancelled).locator("button[id$=':cancelActivity']").click();
            assertThat(page.locator("#activityList")).containsText("Aktiviteten har avbrutits.");
            assertEquals("Avbruten", status(other, cancelled), cancelled);
            assertEquals("Pågår", status(other, kept), kept + " is not cancelled");
        });
    }

    @Test
    void moveMovesTheClickedActivityWhenAnotherCoordinatorAddedOneBeforeIt() {
        Browser.signIn(page, "samordnare");
        String first = createActivity(page, TRYG, "Huddinge kommun");
        String second = createActivity(page, TRYG, "Huddinge kommun");
        String moved = createActivity(page, TRYG, "Huddinge kommun");
        withAnotherCoordinator(other -> {
            Browser.openAgreementEditing(page);
            createActivity(other, VINR, "Huddinge kommun");
            rereadWithoutShowingTheList();

            page.waitForResponse(response -> response.url().contains("/agreement-edit"),
                    () -> row(moved).locator("button[id$=':up']").click());
            page.reload();
            Browser.showHundredRows(page);
            List<String> order = references().stream().filter(List.of(first, second, moved)::contains).toList();
            assertEquals(List.of(first, moved, second), order, "only the clicked activity moved, one place up");
        });
    }

    @Test
    void aRowButtonForAnActivityChangedSinceThePageWasShownIsRefusedAsStale() {
        Browser.signIn(page, "samordnare");
        String neighbour = createActivity(page, VINR, "Huddinge kommun");
        String target = createActivity(page, VINR, "Huddinge kommun");
        String reported = createActivity(page, VINR, "Huddinge kommun");
        reportInProgress(page, reported);
        withAnotherCoordinator(other -> {
            // The other coordinator moves the target up, past its neighbour: both have changed.
            Browser.openAgreementEditing(page);
            Browser.openAgreementEditing(other);
            other.waitForResponse(response -> response.url().contains("/agreement-edit"),
                    () -> rowOn(other, target).locator("button[id$=':up']").click());
            rereadWithoutShowingTheList();
            page.onceDialog(dialog -> dialog.accept());
            row(target).locator("button[id$=':delete']").click();
            assertThat(page.locator("#activityList")).containsText(STALE);
            page.reload();
            Browser.showHundredRows(page);
            assertThat(row(target)).hasCount(1);
            assertThat(row(neighbour)).hasCount(1);
            assertEquals(references().indexOf(neighbour) - 1, references().indexOf(target), "moved by the other only");

            // The other coordinator renames the reported activity; cancelling it as shown before is refused.
            Browser.openAgreementEditing(page);
            Browser.openAgreementEditing(other);
            rowOn(other, reported).locator("button[id$=':edit']").click();
            assertThat(other.locator("#activity\\:reference")).hasValue(reported);
            other.locator("#activity\\:title").fill("Omdöpt " + reported);
            other.locator("#activity\\:save").click();
            assertThat(other.locator("#activity")).containsText("Ändringarna har sparats.");
            rereadWithoutShowingTheList();
            page.onceDialog(dialog -> dialog.accept());
            row(reported).locator("button[id$=':cancelActivity']").click();
            assertThat(page.locator("#activityList")).containsText(STALE);
            assertEquals("Pågår", status(other, reported), reported + " is not cancelled");
        });
    }

    /**
     * Issue 12: an action plan of hundreds of activities is edited a page at a time (25 rows at first, or 50 or 100)
     * and per priority area; a row on a later page is edited like any other; axe finds nothing, in Swedish and English.
     */
    @Test
    void theActionPlanIsEditedAPageAtATimeAndPerPriorityArea() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        var rows = page.locator("#activityList\\:table_data > tr[data-ri]");
        var rowsPerPage = page.locator("#activityList select.ui-paginator-rpp-options").first();
        assertEquals("25", rowsPerPage.inputValue(), "25 rows at first");
        rowsPerPage.selectOption("100");
        for (int i = rows.count(); i < 27; i++) {
            Browser.addVinrActivity(page, Browser.newReference("VINR"), "Sidvis " + i);
        }
        int all = rows.count();
        assertTrue(all >= 27 && all <= 100, "one page of at most 100 rows: " + all);

        rowsPerPage.selectOption("25");
        assertThat(rows).hasCount(25);
        page.locator("#activityList .ui-paginator-next").first().click();
        assertThat(rows).hasCount(Math.min(25, all - 25));
        String onPageTwo = references().get(0);
        rows.first().locator("button[id$=':edit']").click();
        assertThat(page.locator("#activity\\:reference")).hasValue(onPageTwo);
        Axe.assertNoViolations(page);

        page.locator("#activityList\\:shownArea").selectOption(new SelectOption().setLabel(TRYG[0]));
        // From the area's first page: its rows replace page two's (which ended with other areas' activities).
        assertThat(rows.first()).containsText("TRYG-");
        assertThat(page.locator("#activityList\\:table_data")).not().containsText("BRAND-");
        List<String> tryg = references();
        assertFalse(tryg.isEmpty());
        assertTrue(tryg.stream().allMatch(r -> r.startsWith("TRYG-")), "only the area's activities: " + tryg);
        Axe.assertNoViolations(page);

        Browser.switchLanguage(page, "en");
        page.locator("#activityList\\:shownArea").selectOption(new SelectOption().setLabel("Trygghet i offentlig miljö (TRYG)"));
        assertThat(page.locator("label[for='activityList:shownArea']")).hasText("Show the activities of");
        assertThat(page.locator("#activityList\\:table_data")).not().containsText("VINR-");
        assertTrue(references().stream().allMatch(r -> r.startsWith("TRYG-")), references().toString());
        Axe.assertNoViolations(page);
    }

    @Test
    void theReportDialogKeepsAndReturnsKeyboardFocusAndAxeFindsNothingInIt() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement?id=1"));
        page.locator("a", new Page.LocatorOptions().setHasText("VINR-3")).first().click();
        page.locator("#actions\\:report").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#reportForm\\:status")).isVisible();
        page.waitForCondition(() -> insideDialog());
        Axe.assertNoViolations(page);
        for (int i = 0; i < 20; i++) {
            page.keyboard().press("Tab");
            assertTrue(insideDialog(), "Tab keeps focus in the open dialog (press " + (i + 1) + ")");
        }
        for (int i = 0; i < 5; i++) {
            page.keyboard().press("Shift+Tab");
            assertTrue(insideDialog(), "Shift+Tab keeps focus in the open dialog");
        }
        page.keyboard().press("Escape");
        assertThat(page.locator("#reportForm\\:status")).isHidden();
        page.waitForCondition(() -> "actions:report".equals(activeId()));
        assertEquals("actions:report", activeId(), "focus returns to the button that opened the dialog");
        Axe.assertNoViolations(page);

        // The open dialog in English too.
        Browser.switchLanguage(page, "en");
        page.locator("#actions\\:report").click();
        assertThat(page.locator("#reportDialog")).containsText("Report status");
        page.waitForCondition(() -> insideDialog());
        Axe.assertNoViolations(page);
        page.keyboard().press("Escape");
    }

    @Test
    void aRefusedReportSaysSoOnTopOfTheDialogWithALinkToTheFieldAndTakesTheFocus() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement?id=1"));
        page.locator("a", new Page.LocatorOptions().setHasText("VINR-3")).first().click();
        String current = page.locator("#current").innerText();
        page.locator("#actions\\:report").click();
        page.locator("#reportForm\\:status").selectOption("IN_PROGRESS");
        page.locator("#reportForm\\:light").selectOption("YELLOW"); // Risk needs a comment (issue 16)
        page.locator("#reportForm\\:comment").fill("");
        page.locator("#reportForm\\:submit").click();

        Locator summary = page.locator("#reportForm .error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).isFocused();
        assertThat(summary).containsText("Inget sparades");
        Locator toComment = summary.locator("a[href='#reportForm:comment']");
        assertThat(toComment).hasCount(1);
        toComment.click();
        assertThat(page.locator("#reportForm\\:comment")).isFocused();
        assertTrue(insideDialog(), "the dialog stays open with the focus in it");
        Axe.assertNoViolations(page);
        page.keyboard().press("Escape");
        assertEquals(current, page.locator("#current").innerText(), "nothing was saved");
    }

    @Test
    void aReportIsRefusedByTheServerWhenTheRightsWentAwayWhileThePageWasOpen() {
        Browser.signIn(page, "samordnare");
        String reference = createActivity(page, "Polismyndigheten");

        Browser.asUser("polis", partner -> {
            openActivity(partner, reference);
            partner.locator("#actions\\:report").click();
            partner.locator("#reportForm\\:comment").fill("Ska inte sparas");

            // Meanwhile the coordinator hands the activity to the municipality.
            Browser.openAgreementEditing(page);
            row(reference).locator("button[id$=':edit']").click();
            assertThat(page.locator("#activity\\:reference")).hasValue(reference);
            page.locator("#activity\\:leadPartyId").selectOption(new SelectOption().setLabel("Huddinge kommun"));
            page.locator("#activity\\:save").click();
            assertThat(page.locator("#activity")).containsText("Ändringarna har sparats.");

            // The partner's page still offers the button; the server refuses what it sends.
            partner.locator("#reportForm\\:submit").click();
            assertThat(partner.locator("h1")).hasText("Behörighet saknas");
            openActivity(partner, reference);
            assertThat(partner.locator("#history")).not().containsText("Ska inte sparas");
            assertThat(partner.locator("#actions\\:report")).hasCount(0);
        });
    }

    @Test
    void aPartnersReportReplayedAgainstAnotherActivityWritesNothing() {
        Browser.signIn(page, "polis");
        page.navigate(AppServer.url("/organisation"));
        String vinr5 = page.locator("#activities a", new Page.LocatorOptions().setHasText("VINR-5")).first()
                .getAttribute("href");
        page.locator("#activities a", new Page.LocatorOptions().setHasText("TRYG-3")).first().click();

        // The partner's own report on TRYG-3, as the browser sends it.
        List<String> sent = Browser.postsWith(page, "reportForm%3Asubmit");
        page.locator("#actions\\:report").click();
        page.locator("#reportForm\\:comment").fill("Egen rapport");
        page.locator("#reportForm\\:submit").click();
        assertThat(page.locator("#history")).containsText("Egen rapport");
        assertEquals(1, sent.size());

        // The same request, replayed with VINR-5's page state and address and a new comment.
        String targetNonce = page.navigate(AppServer.url(vinr5)).headerValue("content-security-policy")
                .replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.locator("h1")).containsText("VINR-5");
        String historyBefore = page.locator("#history").innerText();
        String viewState = page.locator("input[name='jakarta.faces.ViewState']").first().inputValue();
        String marker = "Omspelad " + UUID.randomUUID().toString().substring(0, 8);
        String replay = Browser.withField(sent.get(0), "jakarta.faces.ViewState", viewState);
        replay = Browser.withField(replay, "primefaces.nonce", targetNonce);
        replay = Browser.withField(replay, "reportForm:comment", marker);
        APIResponse response = page.request().post(AppServer.url(vinr5), RequestOptions.create()
                .setHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .setHeader("Faces-Request", "partial/ajax")
                .setData(replay));
        assertTrue(response.status() < 500, "no server error: " + response.status());
        assertFalse(response.text().contains("Lägesrapporten har sparats"), response.text());

        page.reload();
        assertThat(page.locator("#history")).not().containsText(marker);
        assertEquals(historyBefore, page.locator("#history").innerText(), "VINR-5's history is unchanged");
    }

    /** Creates an activity in VINR led by the given party on the editing page; returns its reference. */
    private static String createActivity(Page page, String lead) {
        return createActivity(page, VINR, lead);
    }

    /** Creates an activity in the area (its label and code) led by the given party; returns its reference. */
    private static String createActivity(Page page, String[] area, String lead) {
        Browser.openAgreementEditing(page);
        String reference = Browser.newReference(area[1]);
        page.locator("#activity\\:areaId").selectOption(new SelectOption().setLabel(area[0]));
        page.locator("#activity\\:reference").fill(reference);
        page.locator("#activity\\:title").fill("Testaktivitet " + reference);
        page.locator("#activity\\:leadPartyId").selectOption(new SelectOption().setLabel(lead));
        page.locator("#activity\\:save").click();
        assertThat(page.locator("#activityList")).containsText(reference);
        return reference;
    }

    private static void openActivity(Page page, String reference) {
        page.navigate(AppServer.url("/activities?agreement=1"));
        page.locator("#filters\\:text").fill(reference);
        page.locator("#filters\\:apply").click();
        assertThat(page.locator("#rows\\:activities tbody tr")).hasCount(1);
        page.locator("#rows\\:activities a", new Page.LocatorOptions().setHasText(reference)).first().click();
        assertThat(page.locator("h1")).containsText(reference);
    }

    private static void reportInProgress(Page page, String reference) {
        openActivity(page, reference);
        page.locator("#actions\\:report").click();
        page.locator("#reportForm\\:status").selectOption("IN_PROGRESS");
        page.locator("#reportForm\\:progress").fill("30");
        page.locator("#reportForm\\:submit").click();
        assertThat(page.locator("#current")).containsText("Pågår");
    }

    /** The same coordinator in another browser: another session, another view of the page. */
    private static void withAnotherCoordinator(java.util.function.Consumer<Page> test) {
        Browser.asUser("samordnare", test);
    }

    /** Opens the first party's form: the page re-reads the agreement and its activities but shows only that form. */
    private void rereadWithoutShowingTheList() {
        page.locator("#partyList\\:table tbody tr").first().locator("button[id$=':edit']").click();
        assertThat(page.locator("#party\\:cancel")).isVisible();
    }

    /** The status of an activity as the activities table shows it. */
    private static String status(Page page, String reference) {
        page.navigate(AppServer.url("/activities?agreement=1"));
        page.locator("#filters\\:text").fill(reference);
        page.locator("#filters\\:apply").click();
        assertThat(page.locator("#rows\\:activities tbody tr")).hasCount(1);
        assertThat(page.locator("#rows\\:activities tbody tr")).containsText(reference);
        return page.locator("#rows\\:activities tbody tr .status").innerText().strip();
    }

    private static Locator rowOn(Page page, String reference) {
        return page.locator("#activityList\\:table tbody tr", new Page.LocatorOptions().setHasText(reference));
    }

    private Locator row(String reference) {
        return page.locator("#activityList\\:table tbody tr", new Page.LocatorOptions().setHasText(reference));
    }

    private List<String> references() {
        return page.locator("#activityList\\:table tbody tr td:first-child").allInnerTexts().stream()
                .map(String::strip).toList();
    }

    private boolean insideDialog() {
        return (Boolean) page.evaluate("() => !!document.activeElement && !!document.activeElement.closest('#reportDialog')");
    }

    private String activeId() {
        return (String) page.evaluate("() => document.activeElement ? document.activeElement.id : null");
    }
}

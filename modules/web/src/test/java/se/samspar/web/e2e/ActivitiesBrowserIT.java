package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activities of the Huddinge demo agreement as a coordinator uses them: filter, sort by
 * keyboard, reset, and export the selection to XLSX, CSV and PDF.
 */
@ExtendWith(BrowserExtension.class)
class ActivitiesBrowserIT {
    static final String ACTIVITIES = "/activities?agreement=1";
    private static final String TABLE_ROWS = "#rows\\:activities_data > tr[data-ri]";

    private Page page;

    private Locator rows() {
        return page.locator(TABLE_ROWS);
    }

    /** The texts of one column of the visible rows (1 = reference). */
    private List<String> column(int n) {
        return rows().locator("td:nth-child(" + n + ")").allInnerTexts().stream().map(String::strip).toList();
    }

    private void filter() {
        page.locator("#filters\\:apply").click();
    }

    @Test
    void listsFiltersAndResetsTheAgreementsActivities() {
        Browser.open(page, ACTIVITIES);
        assertThat(page.locator("h1")).hasText("Aktiviteter – " + OverviewBrowserIT.TITLE);
        int all = rows().count();
        assertTrue(all >= 5, "the demo agreement's activities, found " + all);
        assertThat(page.locator("#count")).hasText(all + " aktiviteter i urvalet.");
        // Every reference links to its activity.
        assertTrue(rows().locator("td:first-child a").first().getAttribute("href").matches("/activity\\?id=\\d+"));

        page.locator("#filters\\:status").selectOption("IN_PROGRESS");
        filter();
        assertThat(page.locator("#count")).not().hasText(all + " aktiviteter i urvalet.");
        List<String> statuses = column(6);
        assertFalse(statuses.isEmpty());
        assertTrue(statuses.size() < all, "the filter leaves some out");
        statuses.forEach(s -> assertEquals("Pågår", s));
        assertThat(page.locator("#count")).hasText(statuses.size() + " aktiviteter i urvalet.");

        page.locator("#filters\\:status").selectOption("");
        page.locator("#filters\\:text").fill("igor");
        filter();
        assertThat(rows()).hasCount(2);
        assertEquals(List.of("VINR-5", "VINR-6"), column(1));
        Axe.assertNoViolations(page);

        page.locator("#filters\\:reset").click();
        assertThat(rows()).hasCount(all);
        assertThat(page.locator("#filters\\:text")).hasValue("");
    }

    /**
     * The filter's buttons meet WCAG AA contrast (4.5:1) in every state, measured as the screen shows them (colours
     * composited with every opacity): at rest, hovered, focused, pressed, disabled, and while their request runs —
     * then PrimeFaces disables the button and shows a spinner in place of its text. The request is held back to
     * measure that state, and axe, once released, waits until the page has settled.
     */
    @Test
    void theFilterButtonsMeetContrastInEveryState() {
        Browser.open(page, ACTIVITIES);
        for (String id : List.of("apply", "reset")) {
            Locator button = page.locator("#filters\\:" + id);
            Locator text = button.locator(".ui-button-text");

            atRest();
            assertContrast(text, id + " at rest");
            button.hover();
            assertContrast(text, id + " hovered");
            atRest();
            button.focus();
            assertContrast(text, id + " focused");
            button.hover();
            page.mouse().down();
            assertContrast(text, id + " pressed");
            page.mouse().move(0, 0);
            page.mouse().up();

            atRest();
            button.evaluate("b => { b.disabled = true; b.classList.add('ui-state-disabled'); }");
            assertContrast(text, id + " disabled");
            button.evaluate("b => { b.disabled = false; b.classList.remove('ui-state-disabled'); }");

            AtomicReference<Route> held = new AtomicReference<>();
            page.route(url -> url.contains("/activities"), route -> {
                if ("POST".equals(route.request().method())) {
                    held.set(route);
                } else {
                    route.resume();
                }
            });
            button.click();
            assertThat(button).hasClass(java.util.regex.Pattern.compile("\\bui-state-loading\\b"));
            assertTrue(button.isDisabled(), id + " is disabled while its request runs");
            page.waitForCondition(() -> held.get() != null);
            assertContrast(button.locator(".ui-icon-loading"), id + "'s spinner during the request");
            held.get().resume();
            page.unrouteAll();
            assertThat(button).not().hasClass(java.util.regex.Pattern.compile("\\bui-state-loading\\b"));
            Axe.assertNoViolations(page);
            assertContrast(text, id + " after the request");
        }
    }

    /** The mouse away and nothing focused, once the buttons' transitions have ended. */
    private void atRest() {
        page.mouse().move(0, 0);
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
    }

    /** Once its transitions have ended, the element's foreground contrasts 4.5:1 or more with its backdrop. */
    private void assertContrast(Locator element, String state) {
        Axe.waitForTransitions(page);
        Contrast.Measured measured = Contrast.of(element);
        assertTrue(measured.ratio() >= 4.5, state + ": " + measured);
    }

    @Test
    void sortsByAColumnHeadingWithTheKeyboard() {
        Browser.open(page, ACTIVITIES);
        Locator due = page.locator("#rows\\:activities_head th", new Page.LocatorOptions().setHasText("Klart senast"));
        due.focus();
        page.keyboard().press("Enter");
        assertThat(due).hasAttribute("aria-sort", "ascending");
        List<String> ascending = column(10);
        List<String> sorted = new ArrayList<>(ascending);
        sorted.sort(null);
        assertEquals(sorted, ascending, "due dates ascending (yyyy-MM-dd sorts as text)");

        page.keyboard().press("Enter");
        assertThat(due).hasAttribute("aria-sort", "descending");
        List<String> descending = new ArrayList<>(column(10));
        Collections.reverse(descending);
        assertEquals(sorted, descending, "due dates descending");
    }

    @Test
    void exportsTheSelectionAsXlsxCsvAndPdf() throws IOException {
        Browser.open(page, ACTIVITIES);
        page.locator("#filters\\:text").fill("IGOR");
        filter();
        assertThat(rows()).hasCount(2);

        Download xlsx = page.waitForDownload(() -> page.locator("#rows\\:xlsx").click());
        assertEquals("aktiviteter-1.xlsx", xlsx.suggestedFilename());
        String sheet = zipEntry(xlsx.path(), "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("VINR-5") && sheet.contains("VINR-6"), sheet);
        assertFalse(sheet.contains("VINR-1<"), "only the selection");
        assertTrue(sheet.contains("Framflyttad") && sheet.contains("2024-06-30"), "plain text, Swedish, ISO dates");
        assertFalse(sheet.contains("<span"), "no markup in the cells");

        Download csv = page.waitForDownload(() -> page.locator("#rows\\:csv").click());
        assertEquals("aktiviteter-1.csv", csv.suggestedFilename());
        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), "heading and two activities: " + lines);
        assertTrue(lines.get(0).contains("\"Ref.\"") && lines.get(0).contains("\"Klart senast\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("\"VINR-5\"") && lines.get(1).contains("\"Avvikelse\""), lines.get(1));

        Download pdf = page.waitForDownload(() -> page.locator("#rows\\:pdf").click());
        assertEquals("aktiviteter-1.pdf", pdf.suggestedFilename());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1));
    }

    @Test
    void anUnknownOrMalformedAgreementIsNotFound() {
        Browser.open(page, "/");
        for (String path : List.of("/activities?agreement=999999", "/activities?agreement=abc", "/activities")) {
            Response response = page.navigate(AppServer.url(path));
            assertNotNull(response);
            assertEquals(404, response.status(), path);
        }
    }

    private static String zipEntry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(name);
            if (entry == null) {
                throw new AssertionError(name + " not in " + zip);
            }
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}

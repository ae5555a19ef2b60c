package se.samspar.web.followup.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.followup.api.Decision;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.platform.api.Locales;
import se.samspar.web.faces.Messages;

/**
 * Issue 16, a board report at a glance: the PDF opens with the summary (the areas' lights in words, the change since
 * the previous adopted annual follow-up, the comments of the activities at risk), flows without half-empty pages,
 * numbers its pages, never breaks a word, writes every percentage one way, says the reporting deadline, and is named
 * after its agreement, kind and period. Read back with PDFBox and POI.
 */
class BoardReportTest {
    private static final Locale SV = Locales.SWEDISH;
    private static final Locale EN = Locales.ENGLISH;
    private static final List<String> PARTIES = List.of("Huddinge kommun", "Polisen", "Södertörns brandförsvarsförbund",
            "Kriminalvården", "Huge Bostäder AB", "Huddinge Samhällsfastigheter AB");

    private static FollowUpReport.Activity activity(int i, String area, TrafficLight light, int progress, String comment) {
        List<FollowUpReport.Update> updates = comment == null ? List.of() : List.of(new FollowUpReport.Update(
                LocalDateTime.of(2024, 10, 1, 9, 0), ActivityStatus.IN_PROGRESS, light, progress, comment, "Erik"));
        return new FollowUpReport.Activity(i, area + "-" + i, "Samverkan kring insats " + i, null,
                PARTIES.get(i % PARTIES.size()), ActivityStatus.IN_PROGRESS, light, progress,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), false, updates);
    }

    private static FollowUpReport report(long id, int year, Integer vinrProgress, Integer overall, TrafficLight vinrLight) {
        List<FollowUpReport.Activity> vinr = new ArrayList<>(IntStream.rangeClosed(1, 14)
                .mapToObj(i -> activity(i, "VINR", TrafficLight.GREEN, i == 1 ? 0 : 85, null)).toList());
        vinr.add(activity(15, "VINR", TrafficLight.RED, 20, "Lokalen saknas sedan i våras."));
        List<FollowUpReport.Activity> tryg = List.of(activity(16, "TRYG", TrafficLight.YELLOW, 40,
                "Väntar på polisens bemanning."), activity(17, "TRYG", TrafficLight.YELLOW, 10, null));
        return new FollowUpReport(id, 1, "Samverkansöverenskommelse Huddinge 2023–2024", "KS-2023/1",
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), FollowUpKind.ANNUAL, "Årsuppföljning " + year,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), FollowUpStatus.ADOPTED, "Arbetet går framåt.",
                new Decision("Kommunstyrelsen", LocalDate.of(year + 1, 2, 18), "§ 12", "KS-" + (year + 1) + "/88"),
                "Anna Lindqvist", LocalDateTime.of(year + 1, 2, 18, 10, 0), null, LocalDateTime.of(year + 1, 2, 18, 10, 0),
                new FollowUpReport.Figures(17, 0, 0, 0, 3, overall),
                List.of(new FollowUpReport.Area(1, "VINR", "Våld i nära relation", "Följer planen.", vinrLight,
                                vinrProgress, 0, vinr, List.of()),
                        new FollowUpReport.Area(2, "TRYG", "Trygghet i offentlig miljö", null, null, 25, 0, tryg,
                                List.of())),
                PARTIES.stream().map(p -> new FollowUpReport.Party(PARTIES.indexOf(p), p, 3, 0, null, null)).toList(),
                null);
    }

    private static final FollowUpReport LAST_YEAR = report(3, 2023, 60, 50, TrafficLight.YELLOW);
    private static final FollowUpReport THIS_YEAR = report(7, 2024, 72, 66, TrafficLight.GREEN);

    private static byte[] pdf(Locale locale) {
        BoardSummary glance = BoardSummary.of(THIS_YEAR, LAST_YEAR);
        return new FollowUpDocuments().pdf(THIS_YEAR, glance, LocalDate.of(2025, 1, 31), locale);
    }

    @Test
    void thePdfOpensWithTheSummaryAtAGlance() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(SV))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int summary = text.indexOf(Messages.in(SV, "pdf.summary"));
            int firstArea = text.indexOf("Våld i nära relation (VINR) " + Messages.in(SV, "pdf.assessment"));
            assertTrue(summary > 0 && firstArea > summary, "the summary comes before the areas: " + text);
            String glance = text.substring(summary, firstArea);
            assertTrue(glance.contains("Förändring sedan 2023"), glance);
            assertTrue(glance.contains("Enligt plan") && glance.contains(Messages.in(SV, "pdf.noLight")),
                    "each area's light in words: " + glance);
            assertTrue(glance.contains("+12 procentenheter (från 60\u00a0%)"), glance);
            assertTrue(glance.contains("+16 procentenheter (från 50\u00a0%)"), "the whole agreement: " + glance);
            assertTrue(glance.contains("VINR-15") && glance.contains("Lokalen saknas sedan i våras."),
                    "the comment of the activity off track: " + glance);
            assertTrue(glance.contains("Väntar på polisens bemanning.") && glance.contains("TRYG-17"), glance);
            assertTrue(glance.indexOf("VINR-15") < glance.indexOf("TRYG-16"), "off track before at risk");
            int deadline = text.indexOf(Messages.in(SV, "followUp.deadline") + ": 2025-01-31");
            assertTrue(deadline > 0 && deadline < summary, "the deadline, among the facts before the summary");
        }
        try (PDDocument pdf = Loader.loadPDF(pdf(EN))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Change since 2023") && text.contains("+12 percentage points (from 60%)"), text);
            assertTrue(text.contains("On track"));
        }
    }

    @Test
    void withNoEarlierYearTheSummarySaysSo() throws IOException {
        BoardSummary glance = BoardSummary.of(LAST_YEAR, null);
        try (PDDocument pdf = Loader.loadPDF(new FollowUpDocuments().pdf(LAST_YEAR, glance, null, SV))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(Messages.in(SV, "glance.noPrevious")), text);
            assertFalse(text.contains("Förändring sedan"));
            assertTrue(text.contains(Messages.in(SV, "followUp.deadline") + ": "
                    + Messages.in(SV, "followUp.deadlineNone")));
        }
    }

    @Test
    void compactNumberedPagesWholeWordsAndOneNumberFormat() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(SV))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages <= 3, "17 activities, two areas and six parties flow onto a few pages: " + pages);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(pdf);
                assertTrue(page.contains("Sida " + p + " av " + pages), "page " + p + ": " + page);
            }
            String text = new PDFTextStripper().getText(pdf);
            String flat = text.replaceAll("\\s+", " ");
            for (String party : PARTIES) {
                assertTrue(flat.contains(party), "whole: " + party);
            }
            // No fragment of a long word on a line of its own: each appears only as part of the whole word.
            assertEquals(count(flat, "Samhällsfastighet"), count(flat, "Samhällsfastigheter"));
            assertEquals(count(flat, "brandförsvarsför"), count(flat, "brandförsvarsförbund"));
            assertTrue(flat.contains("0\u00a0%") && flat.contains("85\u00a0%"), "Swedish percentages: " + flat);
            assertFalse(Pattern.compile("\\d%|\\d %").matcher(flat).find(), "one format, with a non-breaking space");
            assertNoHalfEmptyPage(pdf);
        }
    }

    /** Every page but the last is filled to near its foot: sections flow instead of starting pages of their own. */
    private static void assertNoHalfEmptyPage(PDDocument pdf) throws IOException {
        for (int p = 1; p < pdf.getNumberOfPages(); p++) {
            float[] lowest = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!text.startsWith("Sida ")) {
                        positions.forEach(t -> lowest[0] = Math.max(lowest[0], t.getYDirAdj()));
                    }
                }
            };
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            stripper.getText(pdf);
            float height = pdf.getPage(p - 1).getMediaBox().getHeight();
            assertTrue(height - lowest[0] < 160, "page " + p + " ends " + (height - lowest[0]) + " pt above its foot");
        }
    }

    private static int count(String text, String word) {
        Matcher m = Pattern.compile(Pattern.quote(word)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theFileNameSaysAgreementKindAndPeriod() {
        assertEquals("huddinge-2023-2024-arsuppfoljning-2024", new ReportText(SV).fileName(THIS_YEAR));
        assertEquals("huddinge-2023-2024-annual-follow-up-2024", new ReportText(EN).fileName(THIS_YEAR));
        FollowUpReport half = new FollowUpReport(8, 1, "Trygg i Huddinge", null, null, null, FollowUpKind.HALF_YEAR,
                "Delår", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), FollowUpStatus.DRAFT, null, null, null,
                null, null, null, new FollowUpReport.Figures(0, 0, 0, 0, 0, null), List.of(), List.of(), null);
        assertEquals("trygg-i-huddinge-delarsuppfoljning-2024-01-01--2024-06-30", new ReportText(SV).fileName(half));
    }

    @Test
    void theXlsxSaysTheReportingDeadline() throws IOException {
        byte[] bytes = new FollowUpDocuments().xlsx(THIS_YEAR, LocalDate.of(2025, 1, 31), SV);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            String deadline = null;
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(0).getStringCellValue().equals(Messages.in(SV, "followUp.deadline"))) {
                    deadline = row.getCell(1).getStringCellValue();
                }
            }
            assertEquals("2025-01-31", deadline);
        }
    }
}

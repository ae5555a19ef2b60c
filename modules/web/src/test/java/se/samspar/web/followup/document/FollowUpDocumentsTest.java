package se.samspar.web.followup.document;

import se.samspar.web.faces.Figures;
import se.samspar.web.faces.Messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.PlanChange;
import se.samspar.actionplan.api.PlanComparison;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.followup.api.Decision;
import se.samspar.followup.api.FollowUpKind;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.IndicatorDirection;
import se.samspar.followup.api.IndicatorRating;
import se.samspar.platform.api.Locales;

/**
 * The follow-up PDF is tagged for real: read back with PDFBox, its structure tree holds the
 * headings, paragraphs and table cells in reading order, each element's marked content is the text
 * drawn for it, a table that runs over pages stays one table, no text lies outside marked content,
 * and the fonts are embedded and print letters beyond Windows-1252.
 */
class FollowUpDocumentsTest {
    private static final Locale SV = Locales.SWEDISH;

    private static FollowUpReport report() {
        return report(IntStream.rangeClosed(1, 60).mapToObj(i -> new FollowUpReport.Activity(i,
                "VINR-" + i, "Aktivitet nummer " + i + " med en titel som är lång nog att brytas på två rader i tabellen",
                null, "Huddinge kommun", ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, i % 100,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), false, List.of())).toList());
    }

    private static FollowUpReport report(List<FollowUpReport.Activity> many) {
        FollowUpReport.Indicator indicator = new FollowUpReport.Indicator(1, null, "Anmälda bränder", "antal",
                IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("40"), 2022, new BigDecimal("30"), 2025, null, null,
                List.of(new FollowUpReport.Measurement("2024", new BigDecimal("34"), null)), IndicatorRating.NEAR_TARGET);
        return new FollowUpReport(7, 1, "Samverkansöverenskommelse Huddinge", "KS-2023/1", LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 12, 31), FollowUpKind.ANNUAL, "Årsuppföljning 2024", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), FollowUpStatus.ADOPTED, "Arbetet går framåt.",
                new Decision("Kommunstyrelsen", LocalDate.of(2025, 2, 18), "§ 12", "KS-2025/88"), "Anna Lindqvist",
                LocalDateTime.of(2025, 2, 18, 10, 0), null, LocalDateTime.of(2025, 2, 18, 10, 0),
                new FollowUpReport.Figures(61, 0, 0, 0, 0, 50),
                List.of(new FollowUpReport.Area(1, "VINR", "Våld i nära relation", "Följer planen.", TrafficLight.GREEN,
                                50, 0, many, List.of(indicator)),
                        new FollowUpReport.Area(2, "TRYG", "Trygghet i offentlig miljö", null, null, null, 0,
                                List.of(), List.of())),
                List.of(new FollowUpReport.Party(1, "Polisen", 0, null, "Łukasz Ŋuolja",
                        LocalDateTime.of(2025, 1, 20, 9, 0))), null);
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextInTheXlsx() throws IOException {
        List<String> titles = List.of("=HYPERLINK(\"http://evil.example/\",\"Öppna\")", "+1+1", "-2+3", "@SUM(1,1)",
                "=1+1");
        List<FollowUpReport.Activity> activities = IntStream.range(0, titles.size()).mapToObj(i ->
                new FollowUpReport.Activity(i + 1, "VINR-" + (i + 1), titles.get(i), titles.get(i), "=Huddinge",
                        ActivityStatus.IN_PROGRESS, TrafficLight.GREEN, 10, null, null, false, List.of())).toList();
        byte[] bytes = new FollowUpDocuments().xlsx(report(activities), SV);
        List<String> texts = new ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(bytes))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        assertTrue(cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA, cell.toString());
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertTrue(texts.containsAll(titles), "every title a text cell as written: " + texts);
        assertTrue(texts.contains("=Huddinge"));
    }

    /** Issue 13: the workbook holds the problems sheet (problem → measures → result), hours and Brå's kinds. */
    @Test
    void theWorkbookHoldsProblemsHoursAndKinds() throws java.io.IOException {
        FollowUpReport.Activity measure = new FollowUpReport.Activity(1, "VINR-1", "Stöd", null, "Huddinge kommun",
                ActivityStatus.COMPLETED, TrafficLight.GREEN, 100, null, null, false, List.of(), new BigDecimal("7.5"));
        FollowUpReport r = report(List.of(measure)).withProblems(List.of(new FollowUpReport.Problem(5,
                "Våld i hemmet", "DOMESTIC_VIOLENCE", List.of(1L), List.of())));
        byte[] bytes = new FollowUpDocuments().xlsx(r, SV);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(bytes))) {
            org.apache.poi.ss.usermodel.Sheet problems = book.getSheet(Messages.in(SV, "report.problems"));
            org.apache.poi.ss.usermodel.Row row = problems.getRow(1);
            assertEquals("Våld i hemmet", row.getCell(0).getStringCellValue());
            assertEquals(Messages.in(SV, "problemCategory.DOMESTIC_VIOLENCE"), row.getCell(1).getStringCellValue());
            assertEquals("VINR-1", row.getCell(2).getStringCellValue());
            assertEquals(1, (int) row.getCell(3).getNumericCellValue(), "completed");
            assertEquals(1, (int) row.getCell(4).getNumericCellValue(), "measures");
            assertEquals(100, (int) row.getCell(5).getNumericCellValue(), "progress");
            assertEquals(7.5, row.getCell(6).getNumericCellValue(), 0.001, "hours");
            org.apache.poi.ss.usermodel.Sheet activities = book.getSheet(Messages.in(SV, "xlsx.sheet.activities"));
            assertEquals(Messages.in(SV, "hours.short"), activities.getRow(0).getCell(11).getStringCellValue());
            assertEquals(7.5, activities.getRow(1).getCell(11).getNumericCellValue(), 0.001);
        }
    }

    /** Rule 13: the plan against the plan as signed, as the report froze it, is a tagged section of its own. */
    @Test
    void thePlanComparisonIsATaggedSectionWithATable() throws IOException {
        PlanComparison comparison = new PlanComparison(1, LocalDateTime.of(2023, 1, 10, 9, 0),
                LocalDateTime.of(2025, 2, 18, 10, 0), 60, 60, List.of(
                        new PlanChange(PlanChange.Kind.DUE_DATE_MOVED, "VINR-3", "Utbildning", null, null,
                                LocalDate.of(2024, 6, 30), LocalDate.of(2024, 11, 30)),
                        new PlanChange(PlanChange.Kind.LEAD_PARTY_CHANGED, "VINR-4", "Stödsamtal", "Huddinge kommun",
                                "Polisen", null, null),
                        new PlanChange(PlanChange.Kind.CANCELLED, "VINR-5", "Kampanj", null, null, null, null)));
        byte[] bytes = new FollowUpDocuments().pdf(report().withPlanComparison(comparison), SV);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(Messages.in(SV, "plan.title")), "the section's heading");
            assertTrue(text.contains("2023-01-10 09:00"), "when the plan was signed");
            assertTrue(text.contains("2024-06-30") && text.contains("2024-11-30"), "the due date from → to");
            assertTrue(text.contains(Messages.in(SV, "plan.kind.CANCELLED")));
            PDStructureElement document = (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            List<PDStructureElement> tables = new ArrayList<>();
            collect(document, "Table", tables);
            // Issue 16: the summary at a glance (areas' lights) is a table of its own, first.
            assertEquals(7, tables.size(), "areas at a glance, key figures, activities, indicators, hours per party,"
                    + " parties, plan changes");
            List<PDStructureElement> rows = children(tables.get(6));
            assertEquals(4, rows.size(), "a header row and one row per change");
            assertTrue(children(rows.get(0)).stream().allMatch(c -> c.getStructureType().equals("TH")));
            assertEquals(4, children(rows.get(1)).size());
            List<String> h2 = new ArrayList<>();
            collectHeadings(document, h2);
            assertEquals(Messages.in(SV, "plan.title"), h2.get(h2.size() - 1).strip(), "the last section: " + h2);
        }
        try (PDDocument unchanged = Loader.loadPDF(new FollowUpDocuments().pdf(report().withPlanComparison(
                new PlanComparison(1, LocalDateTime.of(2023, 1, 10, 9, 0), LocalDateTime.of(2025, 2, 18, 10, 0), 60,
                        60, List.of())), SV))) {
            assertTrue(new PDFTextStripper().getText(unchanged).contains(Messages.in(SV, "plan.unchanged")));
        }
    }

    /** The text of every H2, in reading order, from its marked content on its page. */
    private static void collectHeadings(PDStructureNode node, List<String> out) throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("H2".equals(e.getStructureType())) {
                    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                    extractor.processPage(e.getPage());
                    for (PDMarkedContent content : extractor.getMarkedContents()) {
                        if (e.getKids().contains(content.getMCID())) {
                            out.add(text(content));
                        }
                    }
                }
                collectHeadings(e, out);
            }
        }
    }

    /** An element of the structure tree with the text of its own marked content. */
    private record Tagged(String type, String text, PDStructureElement element) {
    }

    @Test
    void headingsParagraphsAndTableCellsAreTaggedInReadingOrder() throws IOException {
        byte[] bytes = new FollowUpDocuments().pdf(report(), SV);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("sv-SE", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Årsuppföljning 2024 – Samverkansöverenskommelse Huddinge",
                    pdf.getDocumentInformation().getTitle());

            Map<PDPage, Map<Integer, String>> marked = new HashMap<>();
            int markedChars = 0;
            for (PDPage page : pdf.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byId = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    String text = text(content);
                    markedChars += text.replaceAll("\\s", "").length();
                    if (content.getMCID() >= 0) {
                        byId.merge(content.getMCID(), text, String::concat);
                    }
                }
                marked.put(page, byId);
            }
            String all = new PDFTextStripper().getText(pdf);
            assertEquals(all.replaceAll("\\s", "").length(), markedChars, "every character is in marked content");

            List<Tagged> tagged = new ArrayList<>();
            PDStructureElement document = (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            assertEquals("Document", document.getStructureType());
            walk(document, marked, tagged);

            List<String> headings = tagged.stream().filter(e -> e.type().startsWith("H")).map(e -> e.type() + " "
                    + e.text()).toList();
            // Issue 16: the summary opens with the activities at risk under it.
            assertEquals(List.of("H1 Årsuppföljning 2024", "H2 " + Messages.in(SV, "pdf.summary"),
                    "H3 " + Messages.in(SV, "glance.atRisk"), "H2 Våld i nära relation (VINR)", "H3 " + Messages.in(SV, "edit.activities"),
                    "H3 " + Messages.in(SV, "indicators.title"), "H2 Trygghet i offentlig miljö (TRYG)",
                    "H3 " + Messages.in(SV, "edit.activities"), "H3 " + Messages.in(SV, "indicators.title"),
                    // Issue 13: problem → measures → result, Brå's kinds (the unmarked last), hours per party.
                    "H2 " + Messages.in(SV, "report.problems"), "H2 " + Messages.in(SV, "report.kinds"),
                    "H3 " + Messages.in(SV, "resultKind.PRODUCTION"), "H3 " + Messages.in(SV, "resultKind.PROCESS"),
                    "H3 " + Messages.in(SV, "resultKind.EFFECT"), "H3 " + Messages.in(SV, "resultKind.UNMARKED"),
                    "H2 " + Messages.in(SV, "report.hoursPerParty"),
                    "H2 " + Messages.in(SV, "pdf.partyReporting")), headings);
            assertTrue(tagged.stream().anyMatch(e -> e.type().equals("P") && e.text().contains("KS-2025/88")),
                    "the decision is a paragraph");

            // The activity table: one Table of 61 rows over several pages, a header row of column headers.
            List<PDStructureElement> tables = new ArrayList<>();
            collect(document, "Table", tables);
            assertEquals(6, tables.size(), "areas at a glance, key figures, activities, indicators, hours per party,"
                    + " parties");
            List<PDStructureElement> rows = children(tables.get(2));
            assertEquals(61, rows.size());
            List<PDStructureElement> header = children(rows.get(0));
            assertTrue(header.stream().allMatch(c -> c.getStructureType().equals("TH")));
            COSDictionary scope = (COSDictionary) header.get(0).getCOSObject().getDictionaryObject(COSName.A);
            assertEquals("Column", scope.getNameAsString(COSName.getPDFName("Scope")));
            assertEquals(Messages.in(SV, "activity.reference"), textOf(header.get(0), marked));
            for (int i = 1; i <= 60; i++) {
                List<PDStructureElement> cells = children(rows.get(i));
                assertEquals(8, cells.size(), "issue 13: the hours are the eighth column");
                assertEquals("VINR-" + i, textOf(cells.get(0), marked), "row " + i);
                assertEquals("Huddinge kommun", textOf(cells.get(2), marked));
            }
            // Sections flow (issue 16): the 60 rows still run over pages, but no longer one section per page.
            assertTrue(pdf.getNumberOfPages() > 1, "the activity table runs over pages: " + pdf.getNumberOfPages());
            assertTrue(children(rows.get(1)).get(0).getPage() != children(rows.get(60)).get(0).getPage());
            List<PDStructureElement> police = children(children(tables.get(5)).get(1));
            assertEquals("Polisen", textOf(police.get(0), marked));
            assertTrue(textOf(police.get(3), marked).startsWith("Łukasz Ŋuolja, "), "letters beyond Windows-1252 print");
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(name).isEmbedded(), "embedded: " + name.getName());
                }
            }
        }
    }

    private static void walk(PDStructureNode node, Map<PDPage, Map<Integer, String>> marked, List<Tagged> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                String text = textOf(e, marked);
                if (!text.isEmpty()) {
                    out.add(new Tagged(e.getStructureType(), text, e));
                }
                walk(e, marked, out);
            }
        }
    }

    /** The text of an element's own marked content, over every page it spans. */
    private static String textOf(PDStructureElement e, Map<PDPage, Map<Integer, String>> marked) {
        StringBuilder text = new StringBuilder();
        for (Object kid : e.getKids()) {
            if (kid instanceof Integer mcid) {
                text.append(marked.get(e.getPage()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                text.append(marked.get(ref.getPage()).getOrDefault(ref.getMCID(), ""));
            }
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (PDStructureElement e : children(node)) {
            if (e.getStructureType().equals(type)) {
                out.add(e);
            }
            collect(e, type, out);
        }
    }

    private static List<PDStructureElement> children(PDStructureNode node) {
        return node.getKids().stream().filter(PDStructureElement.class::isInstance).map(PDStructureElement.class::cast)
                .toList();
    }

    /** The text of marked content, a space where a line wraps, as a reader takes it. */
    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        float line = Float.NaN;
        for (Object o : content.getContents()) {
            if (o instanceof TextPosition p) {
                if (!Float.isNaN(line) && p.getYDirAdj() != line) {
                    text.append(' ');
                }
                line = p.getYDirAdj();
                text.append(p.getUnicode());
            } else if (o instanceof PDMarkedContent nested) {
                text.append(text(nested));
            }
        }
        return text.toString();
    }
}

package se.samspar.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import se.samspar.platform.api.FieldProblem;
import se.samspar.transfer.api.ImportRefused;
import se.samspar.transfer.domain.AgreementFile;

/**
 * The XLSX workbook outside the container: the demo agreement written and read back is the same file, field by
 * field; every hostile or broken workbook is refused whole, each problem at its sheet and cell.
 */
class WorkbookTest {
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static AgreementFile demo() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../../config/demo/huddinge-2023-2024.json"))) {
            return new AgreementFileReader(JSONB, VALIDATOR).read("huddinge-2023-2024.json", in);
        }
    }

    private static AgreementFile read(String name, byte[] bytes) {
        XlsxAgreementReader.Read read = XlsxAgreementReader.read(name, bytes, null);
        return new AgreementFileReader(JSONB, VALIDATOR).checked(name, read.file(), read.places()::at);
    }

    /** The demo workbook with one change made to it. */
    private static byte[] demoWith(Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxAgreementWriter.write(demo())));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void set(XSSFWorkbook wb, String sheet, int row, int column, String value) {
        Sheet s = wb.getSheet(sheet);
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        r.createCell(column).setCellValue(value);
    }

    private static List<FieldProblem> refused(String name, byte[] bytes) {
        return assertThrows(ImportRefused.class, () -> read(name, bytes)).problems();
    }

    private static void refusedAt(byte[] bytes, String place, String key) {
        List<FieldProblem> problems = refused("test.xlsx", bytes);
        assertTrue(problems.stream().anyMatch(p -> p.field().equals(place) && p.key().equals(key)),
                () -> "expected " + key + " at " + place + ", got " + problems);
    }

    @Test
    void theDemoAgreementWrittenAndReadBackIsTheSameFile() throws IOException {
        AgreementFile original = demo();
        AgreementFile again = read("demo.xlsx", XlsxAgreementWriter.write(original));
        assertEquals(normal(original), normal(again));
    }

    @Test
    void theTemplateHasEverySheetAndNoData() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxAgreementWriter.write(null)))) {
            assertEquals(List.of("Anvisningar", "Överenskommelse", "Parter", "Områden", "Mål", "Aktiviteter", "Lägesrapporter"),
                    List.of(0, 1, 2, 3, 4, 5, 6).stream().map(wb::getSheetName).toList());
            assertEquals("Referens", wb.getSheet("Aktiviteter").getRow(0).getCell(1).getStringCellValue());
            assertTrue(wb.getSheet("Aktiviteter").getRow(0).getCell(1).getCellComment().getString().getString()
                    .startsWith("Reference"));
            assertEquals(0, wb.getSheet("Aktiviteter").getLastRowNum());
        }
    }

    @Test
    void aMacroEnabledWorkbookIsRefused() throws IOException {
        byte[] plain = XlsxAgreementWriter.write(demo());
        assertEquals("samspar.import.xlsx.macros", refused("plan.xlsm", plain).get(0).key());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        assertEquals("samspar.import.xlsx.macros", refused("plan.xlsx", out.toByteArray()).get(0).key());
    }

    @Test
    void aZipBombIsRefusedBeforePoiSeesIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 120; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertEquals("samspar.import.xlsx.zipBomb", refused("bomb.xlsx", out.toByteArray()).get(0).key());
    }

    @Test
    void aBrokenWorkbookIsRefusedAsUnreadable() {
        byte[] broken = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
        assertEquals("samspar.import.xlsx.malformed", refused("broken.xlsx", broken).get(0).key());
    }

    @Test
    void formulasAndTextThatWouldBecomeFormulasAreRefusedAtTheirCells() throws IOException {
        refusedAt(demoWith(wb -> wb.getSheet("Aktiviteter").getRow(1).createCell(10).setCellFormula("1+1")),
                "Aktiviteter!K2", "samspar.import.xlsx.formula");
        for (String start : List.of("=", "+", "-", "@")) {
            refusedAt(demoWith(wb -> set(wb, "Aktiviteter", 1, 2, start + "HYPERLINK(\"x\")")), "Aktiviteter!C2",
                    "samspar.import.xlsx.formulaText");
        }
    }

    @Test
    void aPersonalIdentityNumberIsRefusedAtItsCell() throws IOException {
        refusedAt(demoWith(wb -> set(wb, "Aktiviteter", 2, 3, "Gäller 19121212-1212")), "Aktiviteter!D3",
                "samspar.text.personalIdentityNumber");
    }

    @Test
    void wrongTypesAndWordsAreRefusedAtTheirCells() throws IOException {
        refusedAt(demoWith(wb -> set(wb, "Aktiviteter", 1, 9, "snart")), "Aktiviteter!J2", "samspar.import.xlsx.date");
        refusedAt(demoWith(wb -> set(wb, "Aktiviteter", 1, 10, "tung")), "Aktiviteter!K2", "samspar.import.xlsx.decimal");
        refusedAt(demoWith(wb -> set(wb, "Lägesrapporter", 1, 2, "Kanske")), "Lägesrapporter!C2", "samspar.import.xlsx.word");
        refusedAt(demoWith(wb -> set(wb, "Lägesrapporter", 1, 1, "igår")), "Lägesrapporter!B2", "samspar.import.xlsx.dateTime");
    }

    @Test
    void duplicateAndUnknownReferencesAreRefusedAtTheirCells() throws IOException {
        refusedAt(demoWith(wb -> set(wb, "Parter", 2, 0, wb.getSheet("Parter").getRow(1).getCell(0).getStringCellValue())),
                "Parter!A3", "samspar.unique");
        refusedAt(demoWith(wb -> set(wb, "Aktiviteter", 1, 5, "nobody")), "Aktiviteter!F2", "samspar.unknown");
        refusedAt(demoWith(wb -> set(wb, "Aktiviteter", 1, 0, "NONE")), "Aktiviteter!A2", "samspar.unknown");
        refusedAt(demoWith(wb -> set(wb, "Områden", 2, 0, wb.getSheet("Områden").getRow(1).getCell(0).getStringCellValue())),
                "Områden!A3", "samspar.unique");
    }

    @Test
    void aMissingSheetOrChangedHeaderIsRefused() throws IOException {
        refusedAt(demoWith(wb -> wb.removeSheetAt(wb.getSheetIndex("Mål"))), "Mål", "samspar.import.xlsx.sheetMissing");
        refusedAt(demoWith(wb -> set(wb, "Aktiviteter", 0, 1, "Ref")), "Aktiviteter!B1", "samspar.import.xlsx.header");
    }

    /** A file as compared: sub-goal lists and decimals written alike however the source spelled them. */
    static AgreementFile normal(AgreementFile f) {
        var a = f.agreement();
        return new AgreementFile(f.format(), f.organisations(), new AgreementFile.Agreement(a.title(), a.validFrom(),
                a.validTo(), a.status(), a.diaryNumber(), a.decidedBy(), a.decidedOn(), a.description(),
                a.updateIntervalDays(), a.partiesReportOwnActivities(), a.parties(), a.priorityAreas().stream()
                .map(p -> new AgreementFile.PriorityArea(p.code(), p.name(), p.description(), p.goals().stream()
                        .map(g -> new AgreementFile.Goal(g.key(), g.title(), g.description(), g.subGoalList().stream()
                                .map(s -> new AgreementFile.Goal(s.key(), s.title(), s.description(), null)).toList()))
                        .toList(), p.activities().stream().map(x -> new AgreementFile.Activity(x.reference(), x.title(),
                        x.description(), x.goal(), x.leadParty(), x.participatingParties(), x.contactPerson(),
                        x.startDate(), x.dueDate(), x.weight(), x.updates().stream().map(u -> new AgreementFile.StatusUpdate(
                        u.reportedAt(), u.status(), u.light(), u.progress(), u.comment(),
                        u.hoursSpent() == null ? null : new BigDecimal(u.hoursSpent().stripTrailingZeros().toPlainString()),
                        u.reportedBy(), u.organisation())).toList())).toList())).toList()));
    }
}

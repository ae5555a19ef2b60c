package se.samspar.transfer.internal;

import static se.samspar.transfer.domain.SheetLayout.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.platform.api.FieldProblem;
import se.samspar.transfer.api.ImportRefused;
import se.samspar.transfer.domain.AgreementFile;
import se.samspar.transfer.domain.SheetLayout;
import se.samspar.transfer.internal.WorkbookContent.AreaRows;

/**
 * Reads the XLSX workbook of the format ({@link SheetLayout}) into the same {@link AgreementFile} a JSON file
 * gives, with the cell each JSON path came from ({@link Places}): after this, the workbook is checked by the
 * same rules as a JSON file and its problems are told by sheet, row and column. Refuses first what makes the
 * rows meaningless: a missing sheet, a wrong header, a formula anywhere, more than {@link SheetLayout#MAX_ROWS}
 * rows; then every cell of the wrong type or word. Adding activities to an existing agreement, only the
 * activity and status-report sheets are read, and the rest comes from that agreement
 * ({@link WorkbookContent#fromTarget}).
 */
final class XlsxAgreementReader {
    record Read(AgreementFile file, Places places) {
    }

    private final String fileName;
    private final SheetCells cells = new SheetCells();
    private final Places places = new Places(AGREEMENT.name() + "!A1");
    private final Map<SheetLayout.Sheet, Sheet> sheets = new LinkedHashMap<>();

    private XlsxAgreementReader(String fileName) {
        this.fileName = fileName;
    }

    static Read read(String fileName, byte[] bytes, AgreementStructure target) {
        try (XSSFWorkbook workbook = SafeWorkbook.open(fileName, bytes)) {
            return new XlsxAgreementReader(fileName).read(workbook, target);
        } catch (IOException e) {
            throw SafeWorkbook.refused(fileName, "samspar.import.xlsx.malformed", Map.of());
        }
    }

    private Read read(XSSFWorkbook workbook, AgreementStructure target) {
        for (SheetLayout.Sheet layout : target == null ? DATA_SHEETS : ACTIVITY_SHEETS) {
            Sheet sheet = workbook.getSheet(layout.name());
            if (sheet != null) {
                sheets.put(layout, sheet);
                headers(layout, sheet);
            } else if (layout != UPDATES) { // a workbook without status reports has none
                cells.problem(layout.name(), "samspar.import.xlsx.sheetMissing", Map.of("sheet", layout.name()));
            }
        }
        for (Sheet sheet : workbook) {
            cells.noFormulas(sheet);
        }
        refuseIfAny(cells.problems());
        WorkbookContent content = target == null ? new WorkbookContent(places, agreement()) 
                : WorkbookContent.fromTarget(places, target);
        if (target == null) {
            parties(content);
            areas(content);
            goals(content);
        }
        activities(content, target != null);
        updates(content, target != null);
        refuseIfAny(cells.problems());
        return new Read(content.file(), places);
    }

    private void headers(SheetLayout.Sheet layout, Sheet sheet) {
        if (sheet.getLastRowNum() >= MAX_ROWS) {
            cells.problem(layout.name(), "samspar.import.xlsx.tooManyRows", Map.of("max", MAX_ROWS - 1));
        }
        if (layout == AGREEMENT) {
            return;
        }
        Row header = sheet.getRow(0);
        for (int c = 0; c < layout.columns().size(); c++) {
            Cell cell = header == null ? null : header.getCell(c);
            String text = cell == null ? "" : cell.toString().strip();
            String expected = layout.columns().get(c).header();
            if (!text.equalsIgnoreCase(expected)) {
                cells.problem(place(layout, 0, c), "samspar.import.xlsx.header", Map.of("expected", expected));
            }
        }
    }

    /** The data rows of a sheet, blank rows left out. */
    private List<SheetRow> rows(SheetLayout.Sheet layout) {
        Sheet sheet = sheets.get(layout);
        List<SheetRow> rows = new ArrayList<>();
        if (sheet != null) {
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (!SheetCells.blank(sheet, r, layout.columns().size())) {
                    rows.add(new SheetRow(cells, places, layout, sheet, r));
                }
            }
        }
        return rows;
    }

    /** The agreement sheet: a label in column A, its value in column B, in any order. */
    private AgreementFile.Agreement agreement() {
        Sheet sheet = sheets.get(AGREEMENT);
        Map<Column, Integer> rowOf = new LinkedHashMap<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell label = row == null ? null : row.getCell(0);
            String text = label == null ? "" : label.toString().strip().toLowerCase(Locale.ROOT);
            AGREEMENT.columns().stream().filter(c -> c.header().toLowerCase(Locale.ROOT).equals(text)).findFirst()
                    .ifPresent(c -> rowOf.putIfAbsent(c, row.getRowNum()));
        }
        places.put("agreement", place(AGREEMENT, 0, 0));
        AgreementRow a = new AgreementRow(cells, places, sheet, rowOf);
        return new AgreementFile.Agreement(a.text(TITLE, "title"), a.date(VALID_FROM, "validFrom"),
                a.date(VALID_TO, "validTo"), a.word(STATUS, "status", AgreementStatus.class), a.text(DIARY, "diaryNumber"),
                a.text(DECIDED_BY, "decidedBy"), a.date(DECIDED_ON, "decidedOn"), a.text(DESCRIPTION, "description"),
                a.integer(INTERVAL, "updateIntervalDays"), a.yesNo(PARTIES_REPORT, "partiesReportOwnActivities"),
                new ArrayList<>(), new ArrayList<>());
    }

    private void parties(WorkbookContent content) {
        for (SheetRow row : rows(PARTIES)) {
            row.at("organisations[" + content.organisations().size() + "]");
            content.organisations().add(new AgreementFile.Organisation(row.text(ORG_KEY, "key"),
                    row.text(ORG_NAME, "name"), row.text(ORG_SHORT, "shortName"),
                    row.word(ORG_TYPE, "type", OrganisationType.class), row.text(ORG_NUMBER, "organisationNumber")));
            Boolean isParty = row.yesNo(IS_PARTY, "isParty");
            if (isParty == null || isParty) {
                String key = content.organisations().get(content.organisations().size() - 1).key();
                row.at("agreement.parties[" + content.parties().size() + "]");
                row.place("organisation", ORG_KEY);
                content.parties().add(new AgreementFile.Party(key, row.text(SIGNATORY, "signatoryName"),
                        row.text(SIGNATORY_TITLE, "signatoryTitle"), row.date(SIGNED_ON, "signedOn"),
                        row.text(CONTACT, "contactPerson")));
            }
        }
    }

    private void areas(WorkbookContent content) {
        for (SheetRow row : rows(AREAS)) {
            String code = row.text(AREA_CODE);
            if (code != null && content.area(code) != null) {
                cells.problem(row.cell(AREA_CODE), "samspar.unique", Map.of());
                continue;
            }
            AreaRows area = content.addArea(code);
            row.at(area.path());
            area.name = row.text(AREA_NAME, "name");
            area.description = row.text(AREA_DESCRIPTION, "description");
            row.place("code", AREA_CODE);
        }
    }

    private void goals(WorkbookContent content) {
        for (SheetRow row : rows(GOALS)) {
            AreaRows area = content.area(row.text(GOAL_AREA));
            if (area == null) {
                cells.problem(row.cell(GOAL_AREA), "samspar.unknown", Map.of());
                continue;
            }
            String parent = row.text(GOAL_PARENT);
            String problem = area.addGoal(row, parent, GOAL_KEY, GOAL_TITLE, GOAL_DESCRIPTION);
            if (problem != null) {
                cells.problem(row.cell(GOAL_PARENT), problem, Map.of());
            }
        }
    }

    private void activities(WorkbookContent content, boolean adding) {
        for (SheetRow row : rows(ACTIVITIES)) {
            String code = row.text(ACT_AREA);
            AreaRows area = adding ? content.usedArea(code, row.cell(ACT_AREA)) : content.area(code);
            if (area == null) {
                cells.problem(row.cell(ACT_AREA), code == null ? "samspar.required" : "samspar.unknown", Map.of());
                continue;
            }
            area.addActivity(row, adding ? content : null);
        }
    }

    private void updates(WorkbookContent content, boolean adding) {
        for (SheetRow row : rows(UPDATES)) {
            String reference = row.text(UPD_REFERENCE);
            if (!content.addUpdate(row, reference, adding)) {
                cells.problem(row.cell(UPD_REFERENCE), reference == null ? "samspar.required" : "samspar.unknown",
                        Map.of());
            }
        }
    }

    private void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ImportRefused(fileName, List.copyOf(problems));
        }
    }
}

package se.samspar.transfer.internal;

import static se.samspar.transfer.domain.SheetLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samspar.transfer.domain.AgreementFile;
import se.samspar.transfer.domain.SheetLayout;
import se.samspar.transfer.domain.SheetWords;

/**
 * Writes a file as the XLSX workbook ({@link SheetLayout}): the instructions first, then one sheet per part, a
 * bold header row with an English note on each header, and the values as typed cells (text as text, never a
 * formula; dates as date cells, date-times as ISO text; numbers as numbers; the format's words in Swedish). With no
 * file, the empty template.
 */
final class XlsxAgreementWriter {
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle date;

    private XlsxAgreementWriter() {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    /** The workbook of a file; null gives the template. */
    static byte[] write(AgreementFile file) {
        XlsxAgreementWriter w = new XlsxAgreementWriter();
        try (XSSFWorkbook wb = w.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.instructions();
            w.agreement(file == null ? null : file.agreement());
            w.table(PARTIES, file == null ? List.of() : w.parties(file));
            List<Object[]> areas = new ArrayList<>();
            List<Object[]> goals = new ArrayList<>();
            List<Object[]> activities = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            for (AgreementFile.PriorityArea a : file == null ? List.<AgreementFile.PriorityArea>of()
                    : file.agreement().priorityAreas()) {
                areas.add(new Object[] {a.code(), a.name(), a.description()});
                for (AgreementFile.Goal g : a.goals()) {
                    goals.add(new Object[] {a.code(), g.key(), g.title(), g.description(), null});
                    g.subGoalList().forEach(s -> goals.add(new Object[] {a.code(), s.key(), s.title(), s.description(), g.key()}));
                }
                for (AgreementFile.Activity x : a.activities()) {
                    activities.add(new Object[] {a.code(), x.reference(), x.title(), x.description(), x.goal(), x.leadParty(),
                            x.participatingParties().isEmpty() ? null : String.join("; ", x.participatingParties()),
                            x.contactPerson(), x.startDate(), x.dueDate(), x.weight()});
                    x.updates().forEach(u -> updates.add(new Object[] {x.reference(), u.reportedAt(), SheetWords.word(u.status()),
                            SheetWords.word(u.light()), u.progress(), u.comment(), u.hoursSpent(), u.reportedBy(),
                            u.organisation()}));
                }
            }
            w.table(AREAS, areas);
            w.table(GOALS, goals);
            w.table(ACTIVITIES, activities);
            w.table(UPDATES, updates);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Object[]> parties(AgreementFile file) {
        List<Object[]> rows = new ArrayList<>();
        for (AgreementFile.Organisation o : file.organisations()) {
            AgreementFile.Party p = file.agreement().parties().stream().filter(x -> x.organisation().equals(o.key()))
                    .findFirst().orElse(null);
            rows.add(new Object[] {o.key(), o.name(), o.shortName(), SheetWords.word(o.type()), o.organisationNumber(),
                    p == null ? null : p.signatoryName(), p == null ? null : p.signatoryTitle(),
                    p == null ? null : p.signedOn(), p == null ? null : p.contactPerson(), SheetWords.yesNo(p != null)});
        }
        return rows;
    }

    private void instructions() {
        Sheet sheet = workbook.createSheet(INSTRUCTIONS);
        List<String> lines = List.of(
                "Samspår – mall för import av en samverkansöverenskommelse (format samspar-agreement/1)",
                "Samspår – template for importing a collaboration agreement (format samspar-agreement/1)",
                "",
                "Fyll i ett blad per del; rubrikerna i rad 1 får inte ändras. Varje rubrik har en anteckning på engelska.",
                "Fill in one sheet per part; keep the headers of row 1. Each header carries a note in English.",
                "Dates: YYYY-MM-DD (a date cell or text). Date and time: YYYY-MM-DD HH:MM.",
                "No formulas, and no text beginning with =, +, - or @: they are refused.",
                "No personal identity numbers (personnummer): Samspår holds no information about individuals.",
                "Adding activities to an existing agreement, only the sheets Aktiviteter and Lägesrapporter are read;",
                "parties are then named by organisation name or short name, goals by their title.",
                "The format is described in docs/import-format.md.");
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private void agreement(AgreementFile.Agreement a) {
        Sheet sheet = workbook.createSheet(AGREEMENT.name());
        Row top = sheet.createRow(0);
        cell(top, 0, "Fält", header);
        cell(top, 1, "Värde", header);
        List<Object> values = a == null ? Arrays.asList(new Object[AGREEMENT.columns().size()]) : Arrays.asList(a.title(),
                a.validFrom(), a.validTo(), SheetWords.word(a.status()), a.diaryNumber(), a.decidedBy(), a.decidedOn(),
                a.description(), a.updateIntervalDays(), SheetWords.yesNo(a.partiesReportOwnActivities()));
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int i = 0; i < AGREEMENT.columns().size(); i++) {
            Row row = sheet.createRow(i + 1);
            cell(row, 0, AGREEMENT.columns().get(i).header(), header);
            note(drawing, row, 0, AGREEMENT.columns().get(i).note());
            value(row, 1, values.get(i));
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private void table(SheetLayout.Sheet layout, List<Object[]> rows) {
        Sheet sheet = workbook.createSheet(layout.name());
        Row top = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < layout.columns().size(); c++) {
            cell(top, c, layout.columns().get(c).header(), header);
            note(drawing, top, c, layout.columns().get(c).note());
            sheet.setColumnWidth(c, 22 * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).length; c++) {
                value(row, c, rows.get(r)[c]);
            }
        }
    }

    private void note(Drawing<?> drawing, Row row, int column, String text) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        anchor.setRow1(row.getRowNum());
        anchor.setRow2(row.getRowNum() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(text));
        comment.setAuthor("Samspår");
        row.getCell(column).setCellComment(comment);
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private void value(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        if (value instanceof LocalDateTime t) {
            // As text: a date cell is a double, which would round away the seconds' fractions a report made in Samspår has.
            cell.setCellValue(t.toString().replace('T', ' '));
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Integer n) {
            cell.setCellValue(n);
        } else if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value)); // always a text cell, never a formula
        }
    }
}

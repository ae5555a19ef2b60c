package se.samspar.web.followup.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.web.faces.Figures;

/**
 * The follow-up report as XLSX: one sheet for the cover and summary, one for the areas, one for every activity, one
 * for indicators, one for parties, and one for the problems the activities address (problem → measures → result);
 * hours and Brå's kinds in their own columns.
 */
final class FollowUpXlsx {

    private FollowUpXlsx() {
    }


    static byte[] write(FollowUpReport r, java.time.LocalDate deadline, Locale locale) {
        ReportText t = new ReportText(locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = book.createCellStyle();
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);

            Sheet cover = book.createSheet(t.get("xlsx.sheet.followUp"));
            int n = 0;
            n = line(cover, n, head, t.get("pdf.agreement"), r.agreementTitle());
            n = line(cover, n, head, t.get("followUps.titleColumn"), r.title());
            n = line(cover, n, head, t.get("pdf.kind"), t.get("followUpKind." + r.kind()));
            n = line(cover, n, head, t.get("pdf.period"), t.date(r.periodFrom()) + " – " + t.date(r.periodTo()));
            n = line(cover, n, head, t.get("agreement.diaryNumber"), ReportText.orDash(r.agreementDiaryNumber()));
            n = line(cover, n, head, t.get("pdf.status"), t.get("followUpStatus." + r.status()));
            n = line(cover, n, head, t.get("followUp.deadline"),
                    deadline == null ? t.get("followUp.deadlineNone") : t.date(deadline));
            n = line(cover, n, head, t.get("pdf.decision"), r.decision() == null ? t.get("pdf.notAdopted") : t.decision(r));
            n = line(cover, n, head, t.get("pdf.takenAt"), t.date(r.asOf()));
            n = line(cover, n, head, t.get("pdf.summary"), r.summary() == null ? "" : r.summary());
            n = line(cover, n, head, t.get("dashboard.activities"), String.valueOf(r.figures().activities()));
            n = line(cover, n, head, t.get("dashboard.completed"), String.valueOf(r.figures().completed()));
            n = line(cover, n, head, t.get("dashboard.overdue"), String.valueOf(r.figures().overdue()));
            n = line(cover, n, head, t.get("dashboard.overall"), t.percent(r.figures().progress()));
            line(cover, n, head, t.get("hours.short"), t.decimal(r.hours()));
            cover.setColumnWidth(0, 30 * 256);
            cover.setColumnWidth(1, 80 * 256);

            Sheet areas = book.createSheet(t.get("xlsx.sheet.areas"));
            header(areas, head, t.get("activities.area"), t.get("pdf.assessment"), t.get("pdf.assessmentText"),
                    t.get("dashboard.progress"), t.get("dashboard.completed"), t.get("dashboard.activities"),
                    t.get("resultKind.label"));
            int row = 1;
            for (FollowUpReport.Area a : r.areas()) {
                Row x = areas.createRow(row++);
                x.createCell(0).setCellValue(a.name() + " (" + a.code() + ")");
                x.createCell(1).setCellValue(a.light() == null ? "" : t.get("light." + a.light()));
                x.createCell(2).setCellValue(a.assessment() == null ? "" : a.assessment());
                number(x, 3, a.progress());
                x.createCell(4).setCellValue(a.completed());
                x.createCell(5).setCellValue(a.activities().size());
                x.createCell(6).setCellValue(a.assessmentKind() == null ? "" : t.get("resultKind." + a.assessmentKind()));
            }

            Sheet acts = book.createSheet(t.get("xlsx.sheet.activities"));
            header(acts, head, t.get("activities.area"), t.get("activity.reference"), t.get("activity.title"),
                    t.get("activity.goal"), t.get("activity.lead"), t.get("activity.status"), t.get("activity.light"),
                    t.get("pdf.progressShort"), t.get("edit.activity.start"), t.get("activity.due"),
                    t.get("pdf.updatesInPeriod"), t.get("hours.short"));
            row = 1;
            for (FollowUpReport.Area a : r.areas()) {
                for (FollowUpReport.Activity act : a.activities()) {
                    Row x = acts.createRow(row++);
                    x.createCell(0).setCellValue(a.code());
                    x.createCell(1).setCellValue(act.reference());
                    x.createCell(2).setCellValue(act.title());
                    x.createCell(3).setCellValue(act.goal() == null ? "" : act.goal());
                    x.createCell(4).setCellValue(act.leadParty());
                    x.createCell(5).setCellValue(t.get("status." + act.status()));
                    x.createCell(6).setCellValue(t.get("light." + act.light()));
                    x.createCell(7).setCellValue(act.progress());
                    x.createCell(8).setCellValue(act.startDate() == null ? "" : act.startDate().toString());
                    x.createCell(9).setCellValue(act.dueDate() == null ? "" : act.dueDate().toString());
                    x.createCell(10).setCellValue(act.updates().size());
                    decimal(x, 11, act.hours());
                }
            }

            Sheet ind = book.createSheet(t.get("xlsx.sheet.indicators"));
            header(ind, head, t.get("activities.area"), t.get("indicators.name"), t.get("indicators.unit"),
                    t.get("indicators.baseline"), t.get("indicators.target"), t.get("indicators.period"),
                    t.get("indicators.value"), t.get("indicators.rating"), t.get("resultKind.label"));
            row = 1;
            for (FollowUpReport.Area a : r.areas()) {
                for (FollowUpReport.Indicator i : a.indicators()) {
                    List<FollowUpReport.Measurement> ms = i.measurements().isEmpty()
                            ? java.util.Collections.singletonList(null) : i.measurements();
                    for (FollowUpReport.Measurement m : ms) {
                        Row x = ind.createRow(row++);
                        x.createCell(0).setCellValue(a.code());
                        x.createCell(1).setCellValue(i.name());
                        x.createCell(2).setCellValue(i.unit());
                        decimal(x, 3, i.baseline());
                        decimal(x, 4, i.target());
                        x.createCell(5).setCellValue(m == null ? "" : m.period());
                        decimal(x, 6, m == null ? null : m.value());
                        x.createCell(7).setCellValue(t.get("rating." + i.rating()));
                        x.createCell(8).setCellValue(i.kind() == null ? "" : t.get("resultKind." + i.kind()));
                    }
                }
            }

            Sheet parties = book.createSheet(t.get("xlsx.sheet.parties"));
            header(parties, head, t.get("party.organisation"), t.get("pdf.ledActivities"), t.get("dashboard.progress"),
                    t.get("pdf.reported"), t.get("hours.short"));
            row = 1;
            for (FollowUpReport.Party p : r.parties()) {
                Row x = parties.createRow(row++);
                x.createCell(0).setCellValue(p.organisation());
                x.createCell(1).setCellValue(p.activities());
                number(x, 2, p.progress());
                x.createCell(3).setCellValue(p.reported() ? p.reportedBy() + ", " + t.dateTime(p.reportedAt())
                        : t.get("pdf.notReported"));
                decimal(x, 4, p.hours());
            }

            Sheet problems = book.createSheet(t.get("report.problems"));
            header(problems, head, t.get("report.problem"), t.get("situation.category"), t.get("report.measures"),
                    t.get("dashboard.completed"), t.get("dashboard.activities"), t.get("dashboard.progress"),
                    t.get("hours.short"));
            row = 1;
            for (FollowUpReport.Problem p : r.problems()) {
                FollowUpReport.ProblemResult result = r.resultOf(p);
                Row x = problems.createRow(row++);
                x.createCell(0).setCellValue(p.title());
                x.createCell(1).setCellValue(t.get("problemCategory." + p.category()));
                x.createCell(2).setCellValue(String.join(", ", r.measuresOf(p).stream()
                        .map(FollowUpReport.Activity::reference).toList()));
                x.createCell(3).setCellValue(result.completed());
                x.createCell(4).setCellValue(result.measures());
                number(x, 5, result.progress());
                decimal(x, 6, result.hours());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(Sheet sheet, int n, CellStyle head, String label, String value) {
        Row row = sheet.createRow(n);
        Cell c = row.createCell(0);
        c.setCellValue(label);
        c.setCellStyle(head);
        row.createCell(1).setCellValue(value);
        return n + 1;
    }

    private static void header(Sheet sheet, CellStyle head, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(head);
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, names[i].length() + 4)) * 256);
        }
    }

    private static void number(Row row, int column, Integer value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void decimal(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

}

package se.samspar.web.followup;

import se.samspar.web.faces.Messages;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * A follow-up's report as a board-ready PDF and as XLSX, in Swedish or English. Both are drawn
 * from the {@link FollowUpReport} alone — for an adopted follow-up its snapshot — so they show
 * exactly what was adopted. The PDF is tagged ({@link TaggedPdf}: headings, paragraphs and table
 * cells in a structure tree, language and title set) with its fonts embedded.
 */
@ApplicationScoped
public class FollowUpDocuments {

    // ---- PDF

    public byte[] pdf(FollowUpReport r, Locale locale) {
        Text t = new Text(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdf pdf = new TaggedPdf(out, locale, r.title() + " – " + r.agreementTitle(), r.agreementTitle());
        Fonts f = new Fonts();

        // Cover: agreement, diary number, period, decision.
        pdf.paragraph(r.agreementTitle(), f.small, 0);
        pdf.heading(1, r.title(), f.title, 80, 20);
        pdf.fact(t.get("pdf.kind"), t.get("followUpKind." + r.kind()), f.bold, f.body);
        pdf.fact(t.get("pdf.period"), t.date(r.periodFrom()) + " – " + t.date(r.periodTo()), f.bold, f.body);
        pdf.fact(t.get("pdf.agreementPeriod"), t.date(r.validFrom()) + " – " + t.date(r.validTo()), f.bold, f.body);
        pdf.fact(t.get("agreement.diaryNumber"), orDash(r.agreementDiaryNumber()), f.bold, f.body);
        pdf.fact(t.get("pdf.status"), t.get("followUpStatus." + r.status()), f.bold, f.body);
        if (r.decision() != null) {
            pdf.fact(t.get("pdf.decision"), t.decision(r), f.bold, f.body);
            pdf.fact(t.get("pdf.adoptedBy"), r.adoptedBy() + ", " + t.dateTime(r.adoptedAt()), f.bold, f.body);
        } else {
            pdf.fact(t.get("pdf.decision"), t.get("pdf.notAdopted"), f.bold, f.body);
        }
        if (r.revisesId() != null) {
            pdf.fact(t.get("pdf.revises"), "#" + r.revisesId(), f.bold, f.body);
        }
        pdf.fact(t.get("pdf.takenAt"), t.dateTime(r.takenAt()), f.bold, f.body);

        pdf.newPage();
        pdf.heading(2, t.get("pdf.summary"), f.heading, 0, 10);
        pdf.paragraph(r.summary() == null ? t.get("pdf.noSummary") : r.summary(), f.body, 6);
        FollowUpReport.Figures k = r.figures();
        pdf.table(new float[] {3, 1}, List.of(t.get("pdf.figure"), t.get("pdf.value")), List.of(
                List.of(t.get("dashboard.activities"), String.valueOf(k.activities())),
                List.of(t.get("dashboard.completed"), String.valueOf(k.completed())),
                List.of(t.get("status.CANCELLED"), String.valueOf(k.cancelled())),
                List.of(t.get("dashboard.overdue"), String.valueOf(k.overdue())),
                List.of(t.get("dashboard.atRisk"), String.valueOf(k.atRisk())),
                List.of(t.get("dashboard.overall"), t.percent(k.progress()))), f.cellHead, f.cell);

        for (FollowUpReport.Area a : r.areas()) {
            pdf.newPage();
            pdf.heading(2, a.name() + " (" + a.code() + ")", f.heading, 0, 10);
            pdf.fact(t.get("pdf.assessment"), a.light() == null ? t.get("pdf.noLight") : t.get("light." + a.light()),
                    f.bold, f.body);
            pdf.paragraph(a.assessment() == null ? t.get("pdf.noAssessment") : a.assessment(), f.body, 4);
            pdf.fact(t.get("dashboard.progress"), t.percent(a.progress()) + " – " + a.completed() + " "
                    + t.get("pdf.of") + " " + a.activities().size() + " " + t.get("pdf.completedActivities"),
                    f.bold, f.body);
            pdf.heading(3, t.get("edit.activities"), f.subheading, 12, 6);
            if (a.activities().isEmpty()) {
                pdf.paragraph(t.get("pdf.noActivities"), f.body, 4);
            } else {
                pdf.table(new float[] {1.9f, 3.0f, 1.9f, 1.3f, 1.4f, 1.5f, 1.5f}, List.of(t.get("activity.reference"),
                        t.get("activity.title"), t.get("activity.lead"), t.get("activity.status"),
                        t.get("activity.light"), t.get("pdf.progressShort"), t.get("activity.due")),
                        a.activities().stream().map(act -> cells(act.reference(), act.title(), act.leadParty(),
                                t.get("status." + act.status()), t.get("light." + act.light()), act.progress() + " %",
                                t.date(act.dueDate()))).toList(), f.cellHead, f.cell);
            }
            pdf.heading(3, t.get("indicators.title"), f.subheading, 12, 6);
            if (a.indicators().isEmpty()) {
                pdf.paragraph(t.get("pdf.noIndicators"), f.body, 4);
            } else {
                pdf.table(new float[] {3, 1.4f, 1.4f, 1.4f, 1.6f}, List.of(t.get("indicators.name"),
                        t.get("indicators.baseline"), t.get("indicators.target"), t.get("indicators.latest"),
                        t.get("indicators.rating")), a.indicators().stream().map(i -> {
                            FollowUpReport.Measurement latest = i.measurements().isEmpty() ? null
                                    : i.measurements().get(i.measurements().size() - 1);
                            return cells(i.name() + " (" + i.unit() + ")", t.valueYear(i.baseline(), i.baselineYear()),
                                    t.valueYear(i.target(), i.targetYear()),
                                    latest == null ? Figures.NOTHING : t.decimal(latest.value()) + " (" + latest.period() + ")",
                                    t.get("rating." + i.rating()));
                        }).toList(), f.cellHead, f.cell);
            }
        }

        pdf.newPage();
        pdf.heading(2, t.get("pdf.partyReporting"), f.heading, 0, 10);
        pdf.table(new float[] {3, 1, 1, 3}, List.of(t.get("party.organisation"), t.get("pdf.ledActivities"),
                t.get("dashboard.progress"), t.get("pdf.reported")), r.parties().stream().map(p -> cells(
                        p.organisation(), String.valueOf(p.activities()), t.percent(p.progress()),
                        p.reported() ? p.reportedBy() + ", " + t.dateTime(p.reportedAt()) : t.get("pdf.notReported")))
                .toList(), f.cellHead, f.cell);
        pdf.close();
        return out.toByteArray();
    }

    /**
     * DejaVu Sans, embedded as a subset with Unicode encoding: every character of a name prints (Sámi, Polish and
     * Turkish names included), and the PDF carries its own fonts. A document's fonts are its own: OpenPDF reads the
     * font file again when it writes the subset, so sharing one between documents written at once is not safe.
     */
    private static final class Fonts {
        private static final byte[] REGULAR = read("DejaVuSans.ttf");
        private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

        private final BaseFont regular = font("DejaVuSans.ttf", REGULAR);
        private final BaseFont boldFace = font("DejaVuSans-Bold.ttf", BOLD);
        final Font title = new Font(boldFace, 20);
        final Font heading = new Font(boldFace, 15);
        final Font subheading = new Font(boldFace, 11.5f);
        final Font body = new Font(regular, 9.5f);
        final Font bold = new Font(boldFace, 9.5f);
        final Font small = new Font(regular, 8.5f);
        final Font cell = new Font(regular, 7.5f);
        final Font cellHead = new Font(boldFace, 7.5f);

        private static BaseFont font(String name, byte[] file) {
            try {
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("font " + name, e);
            }
        }

        private static byte[] read(String name) {
            try (InputStream in = FollowUpDocuments.class.getResourceAsStream("/se/samspar/web/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " is missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A table row; an empty value shows as a dash. */
    private static List<String> cells(String... values) {
        return java.util.Arrays.stream(values).map(v -> v == null ? Figures.NOTHING : v).toList();
    }

    // ---- XLSX: one sheet for the cover and summary, one for every activity, one for indicators, one for parties

    public byte[] xlsx(FollowUpReport r, Locale locale) {
        Text t = new Text(locale);
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
            n = line(cover, n, head, t.get("agreement.diaryNumber"), orDash(r.agreementDiaryNumber()));
            n = line(cover, n, head, t.get("pdf.status"), t.get("followUpStatus." + r.status()));
            n = line(cover, n, head, t.get("pdf.decision"), r.decision() == null ? t.get("pdf.notAdopted") : t.decision(r));
            n = line(cover, n, head, t.get("pdf.summary"), r.summary() == null ? "" : r.summary());
            n = line(cover, n, head, t.get("dashboard.activities"), String.valueOf(r.figures().activities()));
            n = line(cover, n, head, t.get("dashboard.completed"), String.valueOf(r.figures().completed()));
            n = line(cover, n, head, t.get("dashboard.overdue"), String.valueOf(r.figures().overdue()));
            line(cover, n, head, t.get("dashboard.overall"), t.percent(r.figures().progress()));
            cover.setColumnWidth(0, 30 * 256);
            cover.setColumnWidth(1, 80 * 256);

            Sheet areas = book.createSheet(t.get("xlsx.sheet.areas"));
            header(areas, head, t.get("activities.area"), t.get("pdf.assessment"), t.get("pdf.assessmentText"),
                    t.get("dashboard.progress"), t.get("dashboard.completed"), t.get("dashboard.activities"));
            int row = 1;
            for (FollowUpReport.Area a : r.areas()) {
                Row x = areas.createRow(row++);
                x.createCell(0).setCellValue(a.name() + " (" + a.code() + ")");
                x.createCell(1).setCellValue(a.light() == null ? "" : t.get("light." + a.light()));
                x.createCell(2).setCellValue(a.assessment() == null ? "" : a.assessment());
                number(x, 3, a.progress());
                x.createCell(4).setCellValue(a.completed());
                x.createCell(5).setCellValue(a.activities().size());
            }

            Sheet acts = book.createSheet(t.get("xlsx.sheet.activities"));
            header(acts, head, t.get("activities.area"), t.get("activity.reference"), t.get("activity.title"),
                    t.get("activity.goal"), t.get("activity.lead"), t.get("activity.status"), t.get("activity.light"),
                    t.get("pdf.progressShort"), t.get("edit.activity.start"), t.get("activity.due"),
                    t.get("pdf.updatesInPeriod"));
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
                }
            }

            Sheet ind = book.createSheet(t.get("xlsx.sheet.indicators"));
            header(ind, head, t.get("activities.area"), t.get("indicators.name"), t.get("indicators.unit"),
                    t.get("indicators.baseline"), t.get("indicators.target"), t.get("indicators.period"),
                    t.get("indicators.value"), t.get("indicators.rating"));
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
                    }
                }
            }

            Sheet parties = book.createSheet(t.get("xlsx.sheet.parties"));
            header(parties, head, t.get("party.organisation"), t.get("pdf.ledActivities"), t.get("dashboard.progress"),
                    t.get("pdf.reported"));
            row = 1;
            for (FollowUpReport.Party p : r.parties()) {
                Row x = parties.createRow(row++);
                x.createCell(0).setCellValue(p.organisation());
                x.createCell(1).setCellValue(p.activities());
                number(x, 2, p.progress());
                x.createCell(3).setCellValue(p.reported() ? p.reportedBy() + ", " + t.dateTime(p.reportedAt())
                        : t.get("pdf.notReported"));
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

    private static String orDash(String s) {
        return s == null || s.isBlank() ? Figures.NOTHING : s;
    }

    /** Texts and figures in the document's language. */
    private record Text(Locale locale) {
        String get(String key) {
            return Messages.in(locale, key);
        }

        String date(LocalDate d) {
            return d == null ? Figures.NOTHING : Figures.date(d, locale);
        }

        String dateTime(java.time.LocalDateTime d) {
            return d == null ? Figures.NOTHING : Figures.dateTime(d, locale);
        }

        String percent(Integer p) {
            return p == null ? Figures.NOTHING : Figures.percent(p.doubleValue(), locale);
        }

        String decimal(BigDecimal v) {
            return v == null ? Figures.NOTHING : Figures.decimal(v, locale);
        }

        String valueYear(BigDecimal v, Integer year) {
            return v == null ? Figures.NOTHING : decimal(v) + (year == null ? "" : " (" + year + ")");
        }

        /** "Socialnämnden, 18 februari 2025, § 12, dnr SN-2025/123". */
        String decision(FollowUpReport r) {
            var d = r.decision();
            return d.body() + ", " + date(d.date()) + (d.paragraph() == null ? ""
                    : ", " + (d.paragraph().startsWith("§") ? d.paragraph() : "§ " + d.paragraph())) + ", "
                    + get("pdf.diaryAbbrev") + " " + d.diaryNumber();
        }
    }
}

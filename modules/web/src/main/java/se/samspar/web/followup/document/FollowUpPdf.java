package se.samspar.web.followup.document;

import com.lowagie.text.Font;
import java.io.ByteArrayOutputStream;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samspar.actionplan.api.PlanComparison;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.web.faces.Figures;
import se.samspar.web.faces.pdf.PdfFonts;
import se.samspar.web.faces.pdf.TaggedPdf;

/** The follow-up report as a board-ready, tagged PDF ({@link TaggedPdf}) with its fonts embedded. */
final class FollowUpPdf {

    private FollowUpPdf() {
    }


    static byte[] write(FollowUpReport r, Locale locale) {
        return write(r, BoardSummary.of(r, null), null, locale);
    }

    /**
     * The report, opening with its summary at a glance (the areas' lights, the change since the previous adopted
     * annual follow-up, the activities at risk with their comments); then the areas, the parties and the plan
     * comparison, one after the other, each page numbered.
     */
    static byte[] write(FollowUpReport r, BoardSummary glance, LocalDate deadline, Locale locale) {
        ReportText t = new ReportText(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdf pdf = new TaggedPdf(out, locale, r.title() + " – " + r.agreementTitle(), r.agreementTitle());
        PdfFonts f = new PdfFonts();
        pdf.numberPages(t.get("pdf.pageNumber"), f.small);

        // What it is: agreement, diary number, period, deadline, decision.
        pdf.paragraph(r.agreementTitle(), f.small, 0);
        pdf.heading(1, r.title(), f.title, 4, 10);
        pdf.fact(t.get("pdf.kind"), t.get("followUpKind." + r.kind()), f.bold, f.body);
        pdf.fact(t.get("pdf.period"), t.date(r.periodFrom()) + " – " + t.date(r.periodTo()), f.bold, f.body);
        pdf.fact(t.get("pdf.agreementPeriod"), t.date(r.validFrom()) + " – " + t.date(r.validTo()), f.bold, f.body);
        pdf.fact(t.get("agreement.diaryNumber"), ReportText.orDash(r.agreementDiaryNumber()), f.bold, f.body);
        pdf.fact(t.get("pdf.status"), t.get("followUpStatus." + r.status()), f.bold, f.body);
        pdf.fact(t.get("followUp.deadline"), deadline == null ? t.get("followUp.deadlineNone") : t.date(deadline),
                f.bold, f.body);
        if (r.decision() != null) {
            pdf.fact(t.get("pdf.decision"), t.decision(r), f.bold, f.body);
            pdf.fact(t.get("pdf.adoptedBy"), r.adoptedBy() + ", " + t.dateTime(r.adoptedAt()), f.bold, f.body);
        } else {
            pdf.fact(t.get("pdf.decision"), t.get("pdf.notAdopted"), f.bold, f.body);
        }
        if (r.revisesId() != null) {
            pdf.fact(t.get("pdf.revises"), "#" + r.revisesId(), f.bold, f.body);
        }
        pdf.fact(t.get("pdf.takenAt"), t.date(r.asOf()), f.bold, f.body);

        summary(pdf, r, glance, t, f);

        for (FollowUpReport.Area a : r.areas()) {
            pdf.heading(2, a.name() + " (" + a.code() + ")", f.heading, 16, 8);
            pdf.fact(t.get("pdf.assessment"), a.light() == null ? t.get("pdf.noLight") : t.get("light." + a.light()),
                    f.bold, f.body);
            pdf.paragraph(a.assessment() == null ? t.get("pdf.noAssessment") : a.assessment(), f.body, 4);
            pdf.fact(t.get("dashboard.progress"), t.percent(a.progress()) + " – " + a.completed() + " "
                    + t.get("pdf.of") + " " + a.activities().size() + " " + t.get("pdf.completedActivities"),
                    f.bold, f.body);
            pdf.heading(3, t.get("edit.activities"), f.subheading, 8, 4);
            if (a.activities().isEmpty()) {
                pdf.paragraph(t.get("pdf.noActivities"), f.body, 4);
            } else {
                pdf.table(new float[] {1.3f, 3.2f, 2.2f, 1.2f, 1.8f, 1.3f, 1.5f, 1.1f}, List.of(
                        t.get("activity.reference"), t.get("activity.title"), t.get("activity.lead"),
                        t.get("activity.status"), t.get("activity.light"), t.get("pdf.progressShort"),
                        t.get("activity.due"), t.get("hours.short")),
                        a.activities().stream().map(act -> cells(act.reference(), act.title(), act.leadParty(),
                                t.get("status." + act.status()), t.get("light." + act.light()), t.percent(act.progress()),
                                t.date(act.dueDate()), t.decimal(act.hours()))).toList(),
                        a.activities().stream().map(act -> mark(4, act.light())).toList(), f.cellHead, f.cell);
            }
            pdf.heading(3, t.get("indicators.title"), f.subheading, 8, 4);
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

        ReportChainPdf.write(pdf, r, t, f);

        pdf.heading(2, t.get("pdf.partyReporting"), f.heading, 16, 8);
        pdf.table(new float[] {3, 1, 1, 3}, List.of(t.get("party.organisation"), t.get("pdf.ledActivities"),
                t.get("dashboard.progress"), t.get("pdf.reported")), r.parties().stream().map(p -> cells(
                        p.organisation(), String.valueOf(p.activities()), t.percent(p.progress()),
                        p.reported() ? p.reportedBy() + ", " + t.dateTime(p.reportedAt()) : t.get("pdf.notReported")))
                .toList(), f.cellHead, f.cell);
        planComparison(pdf, r.planComparison(), t, f);
        pdf.close();
        return out.toByteArray();
    }

    /**
     * The summary the board reads first: the coordinator's words, each area's light in colour and in words with its
     * progress and the change since the year before, the key figures, and what the activities at risk report.
     */
    private static void summary(TaggedPdf pdf, FollowUpReport r, BoardSummary glance, ReportText t, PdfFonts f) {
        pdf.heading(2, t.get("pdf.summary"), f.heading, 14, 8);
        pdf.paragraph(r.summary() == null ? t.get("pdf.noSummary") : r.summary(), f.body, 4);
        List<String> headings = new ArrayList<>(List.of(t.get("activities.area"), t.get("pdf.assessment"),
                t.get("dashboard.completed"), t.get("dashboard.progress")));
        if (glance.isCompared()) {
            headings.add(java.text.MessageFormat.format(t.get("glance.changeSince"),
                    t.period(glance.previous().periodFrom(), glance.previous().periodTo())));
        }
        List<List<String>> rows = new ArrayList<>();
        List<TaggedPdf.Mark> marks = new ArrayList<>();
        for (BoardSummary.AreaLine a : glance.areas()) {
            List<String> row = new ArrayList<>(cells(a.label(), a.light() == null ? t.get("pdf.noLight")
                    : t.get("light." + a.light()), a.completed() + " " + t.get("pdf.of") + " " + a.activities(),
                    t.percent(a.progress())));
            if (glance.isCompared()) {
                row.add(t.change(a.progress(), a.previousProgress()));
            }
            rows.add(row);
            marks.add(mark(1, a.light()));
        }
        List<String> total = new ArrayList<>(cells(t.get("glance.whole"), "", String.valueOf(r.figures().completed())
                + " " + t.get("pdf.of") + " " + r.figures().activities(), t.percent(glance.progress())));
        if (glance.isCompared()) {
            total.add(t.change(glance.progress(), glance.previousProgress()));
        }
        rows.add(total.stream().map(c -> c.isEmpty() ? Figures.NOTHING : c).toList());
        marks.add(null);
        float[] widths = glance.isCompared() ? new float[] {3, 1.8f, 1.3f, 1.1f, 2.4f} : new float[] {3, 1.8f, 1.3f, 1.1f};
        pdf.table(widths, headings, rows, marks, f.cellHead, f.cell);
        if (!glance.isCompared()) {
            pdf.paragraph(t.get("glance.noPrevious"), f.body, 4);
        }
        FollowUpReport.Figures k = r.figures();
        pdf.table(new float[] {3, 1}, List.of(t.get("pdf.figure"), t.get("pdf.value")), List.of(
                List.of(t.label("dashboard.activities"), String.valueOf(k.activities())),
                List.of(t.label("dashboard.completed"), String.valueOf(k.completed())),
                List.of(t.label("status.CANCELLED"), String.valueOf(k.cancelled())),
                List.of(t.label("dashboard.overdue"), String.valueOf(k.overdue())),
                List.of(t.label("dashboard.atRisk"), String.valueOf(k.atRisk())),
                List.of(t.label("dashboard.overall"), t.percent(k.progress()))), f.cellHead, f.cell);
        pdf.heading(3, t.get("glance.atRisk"), f.subheading, 6, 4);
        if (glance.atRisk().isEmpty()) {
            pdf.paragraph(t.get("glance.noneAtRisk"), f.body, 4);
        }
        for (BoardSummary.AtRisk a : glance.atRisk()) {
            pdf.fact(a.reference() + " " + a.title() + " (" + a.leadParty() + ", " + t.get("light." + a.light()) + ")",
                    a.comment() == null ? t.get("glance.noComment")
                            : a.comment() + " (" + t.date(a.reportedAt().toLocalDate()) + ")", f.bold, f.body);
        }
    }

    /** The light's colour, print-safe and at least 3:1 against white; none where there is no light. */
    private static TaggedPdf.Mark mark(int column, TrafficLight light) {
        if (light == null) {
            return null;
        }
        return new TaggedPdf.Mark(column, switch (light) {
            case GREEN -> new Color(0x2e, 0x7d, 0x32);
            case YELLOW -> new Color(0xa1, 0x62, 0x07);
            case RED -> new Color(0xc6, 0x28, 0x28);
        });
    }

    /** Rule 13: today's plan against the plan as signed, as frozen with the report; none where none was recorded. */
    private static void planComparison(TaggedPdf pdf, PlanComparison c, ReportText t, PdfFonts f) {
        if (c == null) {
            return;
        }
        pdf.heading(2, t.get("plan.title"), f.heading, 16, 8);
        pdf.fact(t.get("plan.signedAt"), t.dateTime(c.baselineTakenAt()), f.bold, f.body);
        pdf.fact(t.get("plan.activitiesThen"), String.valueOf(c.baselineActivities()), f.bold, f.body);
        pdf.fact(t.get("plan.activitiesNow"), String.valueOf(c.currentActivities()), f.bold, f.body);
        if (c.unchanged()) {
            pdf.paragraph(t.get("plan.unchanged"), f.body, 4);
            return;
        }
        pdf.table(new float[] {2.2f, 4f, 2f, 2f}, List.of(t.get("plan.change"), t.get("plan.what"),
                t.get("plan.before"), t.get("plan.after")), c.changes().stream().map(ch -> cells(
                        t.get("plan.kind." + ch.kind()), ch.reference() == null ? ch.title() : ch.reference() + " " + ch.title(),
                        ch.fromDate() != null ? t.date(ch.fromDate()) : ch.from(),
                        ch.toDate() != null ? t.date(ch.toDate()) : ch.to())).toList(), f.cellHead, f.cell);
    }

    /** A table row; an empty value shows as a dash. */
    static List<String> cells(String... values) {
        return java.util.Arrays.stream(values).map(v -> v == null ? Figures.NOTHING : v).toList();
    }
}

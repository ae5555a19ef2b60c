package se.samspar.web.followup.document;

import static se.samspar.web.followup.document.FollowUpPdf.cells;

import java.util.List;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.web.faces.pdf.PdfFonts;
import se.samspar.web.faces.pdf.TaggedPdf;

/**
 * The report's chain as Brå describes it (issue 13), in the PDF as on the page: problem → measures → result, what was
 * followed up of each kind (production, process, effect), and the hours each party reported.
 */
final class ReportChainPdf {
    private ReportChainPdf() {
    }

    static void write(TaggedPdf pdf, FollowUpReport r, ReportText t, PdfFonts f) {
        problems(pdf, r, t, f);
        kinds(pdf, r, t, f);
        pdf.heading(2, t.get("report.hoursPerParty"), f.heading, 16, 8);
        List<List<String>> rows = new java.util.ArrayList<>(r.parties().stream().map(p -> cells(p.organisation(),
                String.valueOf(p.activities()), t.decimal(p.hours()))).toList());
        rows.add(cells(t.get("glance.whole"), String.valueOf(r.figures().activities()), t.decimal(r.hours())));
        pdf.table(new float[] {4, 1.5f, 1.5f}, List.of(t.get("party.organisation"), t.get("pdf.ledActivities"),
                t.get("hours.short")), rows, f.cellHead, f.cell);
    }

    private static void problems(TaggedPdf pdf, FollowUpReport r, ReportText t, PdfFonts f) {
        pdf.heading(2, t.get("report.problems"), f.heading, 16, 8);
        if (r.problems().isEmpty()) {
            pdf.paragraph(t.get("report.noProblems"), f.body, 4);
        }
        for (FollowUpReport.Problem p : r.problems()) {
            pdf.heading(3, t.get("report.problem") + ": " + p.title() + " ("
                    + t.get("problemCategory." + p.category()) + ")", f.subheading, 8, 4);
            pdf.table(new float[] {1.3f, 4f, 1.6f, 1.1f, 1.1f}, List.of(t.get("activity.reference"),
                    t.get("activity.title"), t.get("activity.status"), t.get("pdf.progressShort"), t.get("hours.short")),
                    r.measuresOf(p).stream().map(m -> cells(m.reference(), m.title(), t.get("status." + m.status()),
                            t.percent(m.progress()), t.decimal(m.hours()))).toList(), f.cellHead, f.cell);
            FollowUpReport.ProblemResult res = r.resultOf(p);
            StringBuilder result = new StringBuilder(java.text.MessageFormat.format(t.get("report.resultText"),
                    res.completed(), res.measures(), t.percent(res.progress()), t.decimal(res.hours())));
            r.indicatorsOf(p).forEach(i -> result.append(' ').append(i.name()).append(": ")
                    .append(t.get("rating." + i.rating())).append('.'));
            pdf.fact(t.get("report.result"), result.toString(), f.bold, f.body);
        }
        List<FollowUpReport.Activity> without = r.withoutProblem();
        if (!without.isEmpty()) {
            pdf.fact(t.get("report.withoutProblem"), String.join(", ", without.stream()
                    .map(a -> a.reference() + " " + a.title()).toList()), f.bold, f.body);
        }
    }

    private static void kinds(TaggedPdf pdf, FollowUpReport r, ReportText t, PdfFonts f) {
        pdf.heading(2, t.get("report.kinds"), f.heading, 16, 8);
        for (FollowUpReport.KindGroup g : r.byKind()) {
            pdf.heading(3, t.get("resultKind." + g.key()), f.subheading, 8, 4);
            if (g.assessed().isEmpty() && g.indicators().isEmpty()) {
                pdf.paragraph(t.get("report.kindEmpty"), f.body, 4);
            }
            for (FollowUpReport.Area a : g.assessed()) {
                pdf.fact(a.name(), (a.light() == null ? "" : t.get("light." + a.light()) + ". ")
                        + ReportText.orDash(a.assessment()), f.bold, f.body);
            }
            for (FollowUpReport.Indicator i : g.indicators()) {
                pdf.fact(t.get("indicators.title"), i.name() + " (" + i.unit() + ") – " + t.get("rating." + i.rating()),
                        f.bold, f.body);
            }
        }
    }
}

package se.samspar.web.situation;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samspar.situation.api.Adoption;
import se.samspar.situation.api.LawView;
import se.samspar.web.faces.Figures;
import se.samspar.web.faces.Messages;
import se.samspar.web.faces.pdf.PdfFonts;
import se.samspar.web.faces.pdf.TaggedPdf;

/**
 * The law view on one page of tagged PDF for the municipal board: each duty with what is in place, and what is not.
 * At most {@value #LINES} agreements and coordination lines each keep it to one page; more are counted, not listed.
 */
final class LawPdf {
    static final int LINES = 6;

    private LawPdf() {
    }

    static String fileName(LawView law, Locale locale) {
        return Figures.slug(Messages.in(locale, "law.fileName") + " " + law.municipalityName() + " " + law.today())
                + ".pdf";
    }

    static byte[] write(LawView law, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String title = Messages.in(locale, "law.title") + " – " + law.municipalityName();
        TaggedPdf pdf = new TaggedPdf(out, locale, title, Messages.in(locale, "law.subject"));
        PdfFonts f = new PdfFonts();
        pdf.numberPages(Messages.in(locale, "pdf.pageNumber"), f.small);
        pdf.heading(1, title, f.title, 0, 6);
        pdf.paragraph(java.text.MessageFormat.format(Messages.in(locale, "law.asOf"), Figures.date(law.today(), locale)),
                f.small, 6);

        LawView.PictureDuty p = law.picture();
        pdf.heading(2, Messages.in(locale, "law.picture") + ": " + state(p.inPlace(), p.adoptedId() != null, locale),
                f.heading, 8, 4);
        pdf.paragraph(Messages.in(locale, "law.pictureDuty"), f.small, 3);
        if (p.adoptedId() == null) {
            pdf.fact(Messages.in(locale, "law.latestAdopted"), Messages.in(locale, "law.noAdoptedPicture"), f.bold, f.body);
        } else {
            Adoption a = p.adoption();
            pdf.fact(Messages.in(locale, "law.latestAdopted"), Messages.in(locale, "situation.version") + " "
                    + p.number() + ", " + Figures.date(p.asOf(), locale) + " – " + a.body() + ", "
                    + Figures.date(a.date(), locale) + (a.paragraph() == null ? "" : ", " + a.paragraph())
                    + ", " + a.diaryNumber(), f.bold, f.body);
        }
        if (p.outdated()) {
            pdf.paragraph(java.text.MessageFormat.format(Messages.in(locale, "law.outdated"), p.maxAgeMonths()), f.bold, 2);
        }
        pdf.fact(Messages.in(locale, "law.problems"), java.text.MessageFormat.format(
                Messages.in(locale, "law.problemsText"), p.problems(), p.problemsWithoutMeasure()), f.bold, f.body);

        pdf.heading(2, Messages.in(locale, "law.plan") + ": " + state(law.planInPlace(), !law.plan().isEmpty(), locale),
                f.heading, 8, 4);
        pdf.paragraph(Messages.in(locale, "law.planDuty"), f.small, 3);
        List<List<String>> rows = new ArrayList<>();
        law.plan().stream().limit(LINES).forEach(l -> rows.add(List.of(l.title(),
                Figures.date(l.validFrom(), locale) + " – " + Figures.date(l.validTo(), locale),
                Messages.in(locale, "agreementStatus." + l.status()), String.valueOf(l.activities()),
                l.linkedShare() == null ? Figures.NOTHING : Figures.percent(l.linkedShare().doubleValue(), locale))));
        if (!rows.isEmpty()) {
            pdf.table(new float[] {4, 2.4f, 1.4f, 1.2f, 1.6f}, List.of(Messages.in(locale, "law.agreement"),
                    Messages.in(locale, "law.period"), Messages.in(locale, "law.status"),
                    Messages.in(locale, "law.activities"), Messages.in(locale, "law.linkedShare")), rows, f.cellHead,
                    f.cell);
        }
        more(pdf, law.plan().size(), locale, f);
        if (!law.problems().isEmpty()) {
            pdf.heading(3, Messages.in(locale, "report.problems"), f.subheading, 6, 3);
            pdf.table(new float[] {3, 4, 2.4f, 1.2f}, List.of(Messages.in(locale, "report.problem"),
                    Messages.in(locale, "report.measures"), Messages.in(locale, "report.result"),
                    Messages.in(locale, "hours.short")), law.problems().stream().limit(LINES).map(pr -> List.of(
                            pr.title(), pr.measures().isEmpty() ? Messages.in(locale, "law.noMeasure")
                                    : String.join(", ", pr.measures()),
                            java.text.MessageFormat.format(Messages.in(locale, "law.resultText"), pr.completed(),
                                    pr.measures().size(), pr.progress() == null ? Figures.NOTHING
                                            : Figures.percent(pr.progress().doubleValue(), locale)),
                            Figures.decimal(pr.hours(), locale))).toList(), f.cellHead, f.cell);
            more(pdf, law.problems().size(), locale, f);
        }
        pdf.heading(3, java.text.MessageFormat.format(Messages.in(locale, "law.hoursPerParty"),
                Figures.date(law.hoursFrom(), locale)), f.subheading, 6, 3);
        List<List<String>> hourRows = new ArrayList<>(law.hours().stream().limit(LINES * 2L).map(h -> List.of(
                h.organisation(), Figures.decimal(h.hours(), locale))).toList());
        hourRows.add(List.of(Messages.in(locale, "activityPage.hoursTotal"), Figures.decimal(law.totalHours(), locale)));
        pdf.table(new float[] {5, 1.5f}, List.of(Messages.in(locale, "party.organisation"),
                Messages.in(locale, "hours.short")), hourRows, f.cellHead, f.cell);

        pdf.heading(2, Messages.in(locale, "law.coordination") + ": "
                + state(law.coordinationInPlace(), law.coordinationInPlace(), locale), f.heading, 8, 4);
        pdf.paragraph(Messages.in(locale, "law.coordinationDuty"), f.small, 3);
        law.coordination().stream().filter(c -> c.function() != null).limit(LINES).forEach(c -> pdf.fact(
                c.agreementTitle(), c.function().name() + (c.function().roleTitle() == null ? ""
                        : ", " + c.function().roleTitle()) + (c.organisation() == null ? "" : ", " + c.organisation())
                        + (c.function().email() == null ? "" : ", " + c.function().email()), f.bold, f.body));
        LawView.CoordinationLine latest = law.latestMeeting();
        pdf.fact(Messages.in(locale, "law.latestMeeting"), latest == null ? Messages.in(locale, "law.noMeeting")
                : Figures.date(latest.latestMeeting().heldOn(), locale) + " – " + latest.latestMeeting().title()
                        + " (" + latest.agreementTitle() + ")", f.bold, f.body);
        pdf.close();
        return out.toByteArray();
    }

    /** In place; recorded but not in place (outdated, no activities); or missing. */
    private static String state(boolean inPlace, boolean recorded, Locale locale) {
        return Messages.in(locale, inPlace ? "law.inPlace" : recorded ? "law.needsAttention" : "law.missing");
    }

    private static void more(TaggedPdf pdf, int count, Locale locale, PdfFonts f) {
        if (count > LINES) {
            pdf.paragraph(java.text.MessageFormat.format(Messages.in(locale, "law.more"), count - LINES), f.small, 2);
        }
    }
}

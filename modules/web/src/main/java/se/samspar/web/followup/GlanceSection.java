package se.samspar.web.followup;

import se.samspar.web.followup.document.BoardSummary;
import se.samspar.web.followup.document.ReportText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.FollowUpQueries;
import se.samspar.web.faces.Language;

/**
 * The follow-up page's opening section and its PDF's (issue 16): the report at a glance ({@link BoardSummary}),
 * compared with the adopted annual follow-up before its period, read once per request.
 */
@Named
@RequestScoped
public class GlanceSection {
    @Inject
    FollowUpPage page;
    @Inject
    FollowUpQueries followUps;
    @Inject
    Language language;

    private BoardSummary glance;

    public BoardSummary getGlance() {
        if (glance == null) {
            FollowUpReport report = page.getReport();
            glance = BoardSummary.of(report, followUps.adoptedAnnualReportBefore(page.getFollowUp().agreementId(),
                    report.periodFrom()).orElse(null));
        }
        return glance;
    }

    /** "+12 procentenheter (från 40 %)" in the user's language; a dash where there is nothing to compare. */
    public String change(Integer now, Integer before) {
        return new ReportText(language.getLocale()).change(now, before);
    }

    /** The compared follow-up's period as people name it: "2023". */
    public String getComparedPeriod() {
        FollowUpReport previous = getGlance().previous();
        return previous == null ? "" : new ReportText(language.getLocale()).period(previous.periodFrom(), previous.periodTo());
    }
}

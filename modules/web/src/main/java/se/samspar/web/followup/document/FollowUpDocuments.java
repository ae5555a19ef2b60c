package se.samspar.web.followup.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import se.samspar.followup.api.FollowUpReport;

/**
 * A follow-up's report as a board-ready PDF ({@link FollowUpPdf}) and as XLSX ({@link FollowUpXlsx}), in Swedish or
 * English. Both are drawn from the {@link FollowUpReport} alone — for an adopted follow-up its snapshot — so they show
 * exactly what was adopted.
 */
@ApplicationScoped
public class FollowUpDocuments {

    public byte[] pdf(FollowUpReport r, Locale locale) {
        return FollowUpPdf.write(r, locale);
    }

    /** The PDF opening with its summary at a glance, with the reporting deadline (null: none was set). */
    public byte[] pdf(FollowUpReport r, BoardSummary glance, java.time.LocalDate deadline, Locale locale) {
        return FollowUpPdf.write(r, glance, deadline, locale);
    }

    public byte[] xlsx(FollowUpReport r, Locale locale) {
        return FollowUpXlsx.write(r, null, locale);
    }

    public byte[] xlsx(FollowUpReport r, java.time.LocalDate deadline, Locale locale) {
        return FollowUpXlsx.write(r, deadline, locale);
    }
}

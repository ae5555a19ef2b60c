package se.samspar.web.followup;

import se.samspar.web.followup.document.FollowUpDocuments;
import se.samspar.web.followup.document.ReportText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Locale;
import se.samspar.platform.api.Locales;
import se.samspar.web.faces.Downloads;

/** The follow-up page's downloads: its report as PDF or XLSX, Swedish by default or English on request. */
@Named
@RequestScoped
public class ReportDownloads {
    @Inject
    FollowUpPage page;
    @Inject
    FollowUpDocuments documents;
    @Inject
    GlanceSection glance;

    public void pdf(String lang) throws IOException {
        Locale locale = locale(lang);
        Downloads.send(documents.pdf(page.getReport(), glance.getGlance(), page.getFollowUp().reportingDeadline(), locale),
                fileName(locale) + ".pdf");
    }

    public void xlsx(String lang) throws IOException {
        Locale locale = locale(lang);
        Downloads.send(documents.xlsx(page.getReport(), page.getFollowUp().reportingDeadline(), locale),
                fileName(locale) + ".xlsx");
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locales.ENGLISH : Locales.SWEDISH;
    }

    /** Agreement, kind and period, in the document's language: "huddinge-2023-2024-arsuppfoljning-2024". */
    private String fileName(Locale locale) {
        return new ReportText(locale).fileName(page.getReport());
    }
}

package se.samspar.web.situation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Locales;
import se.samspar.situation.api.LawView;
import se.samspar.situation.api.LawViews;
import se.samspar.situation.api.SituationQueries;
import se.samspar.web.faces.Downloads;
import se.samspar.web.faces.ViewParameters;

/**
 * The law view (/law?municipality=…): a municipality's three duties under SFS 2023:196 as Samspår holds them, and the
 * same on one page of PDF for the municipal board. Without a municipality, the only one the user's agreements name,
 * or a choice among several.
 */
@Named
@RequestScoped
public class LawPage {
    @Inject
    SituationQueries queries;
    @Inject
    LawViews laws;

    private String municipality;
    private String pdf;
    private List<SituationQueries.Municipality> choices;
    private LawView law;

    /**
     * f:viewAction: a malformed or unknown municipality 404, one the user may not read 403. With {@code pdf=sv} or
     * {@code pdf=en} the answer is the one-page PDF in that language: a plain GET, so the download needs no postback.
     */
    public void load() throws IOException {
        municipality = municipality == null || municipality.isBlank() ? null : municipality;
        if (resolve() && pdf != null) {
            Locale locale = "en".equals(pdf) ? Locales.ENGLISH : Locales.SWEDISH;
            Downloads.send(LawPdf.write(law, locale), LawPdf.fileName(law, locale));
        }
    }

    private boolean resolve() {
        if (law != null) {
            return true;
        }
        SituationQueries.Municipality chosen = MunicipalityChoice.of(municipality, getChoices());
        if (chosen == null) {
            return false;
        }
        try {
            law = laws.of(chosen.id());
            return true;
        } catch (AccessDenied e) {
            ViewParameters.refuse(e);
            return false;
        }
    }

    public List<SituationQueries.Municipality> getChoices() {
        if (choices == null) {
            choices = queries.municipalities();
        }
        return choices;
    }

    public LawView getLaw() { return law; }
    public String getPdf() { return pdf; }
    public void setPdf(String pdf) { this.pdf = pdf; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
}

package se.samspar.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samspar.situation.api.SituationQueries;

/** Whether the start page leads to the situation picture and the law view: when the user sees a municipality. */
@Named
@RequestScoped
public class LawLinks {
    @Inject
    SituationQueries queries;

    private List<SituationQueries.Municipality> municipalities;

    public List<SituationQueries.Municipality> getMunicipalities() {
        if (municipalities == null) {
            municipalities = queries.municipalities();
        }
        return municipalities;
    }
}

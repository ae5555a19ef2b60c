package se.samspar.web.situation;

import java.util.List;
import se.samspar.situation.api.SituationQueries;
import se.samspar.web.faces.ViewParameters;

/**
 * Which municipality a page of the situation feature shows (/situation, /law): the one the address names — 404 when
 * it is malformed or none the user sees — or, without one, the only one the user's agreements name.
 */
final class MunicipalityChoice {
    private MunicipalityChoice() {
    }

    /** The municipality chosen, or null: none chosen yet (the page lists the choices) or refused (404 sent). */
    static SituationQueries.Municipality of(String parameter, List<SituationQueries.Municipality> choices) {
        Long asked = ViewParameters.id(parameter);
        if (parameter != null && asked == null) {
            ViewParameters.refuse(404);
            return null;
        }
        if (asked == null) {
            return choices.size() == 1 ? choices.get(0) : null;
        }
        long id = asked;
        SituationQueries.Municipality chosen = choices.stream().filter(m -> m.id() == id).findFirst().orElse(null);
        if (chosen == null) {
            ViewParameters.refuse(404);
        }
        return chosen;
    }
}

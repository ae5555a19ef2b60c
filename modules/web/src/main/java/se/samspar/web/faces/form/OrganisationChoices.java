package se.samspar.web.faces.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationView;
import se.samspar.platform.api.SearchText;
import se.samspar.web.table.PerRequest;

/**
 * What a form offers to choose organisations from: the first {@value #SHOWN} by name that the search typed finds,
 * and those already chosen, wherever they are; never every organisation (an installation for the whole country knows
 * about a thousand). The form's view-scoped bean keeps one ({@link ChoiceSearch}) and passes its service to each
 * read.
 */
public final class OrganisationChoices extends ChoiceSearch {
    private static final long serialVersionUID = 1L;

    /** What is offered: those chosen first, then those found; whether the search finds more, or found none. */
    public record Offer(List<OrganisationView> organisations, boolean more, boolean noneFound) {
    }

    /** {@code name}: the form's, unique on its page (the offer is read once a rendered request under it). */
    public OrganisationChoices(String name) {
        super(name);
    }

    /** The offer, leaving out those in {@code excluded} (an agreement's parties, say); one query for those found. */
    public Offer offer(OrganisationService organisations, Collection<Long> chosen, Collection<Long> excluded) {
        Set<Long> kept = new TreeSet<>(chosen);
        Set<Long> left = new TreeSet<>(excluded);
        return PerRequest.get(offerKey(kept, left), () -> read(organisations, kept, left));
    }

    private Offer read(OrganisationService organisations, Set<Long> chosen, Set<Long> excluded) {
        List<OrganisationView> found = organisations.page(getSearch(), 0, SHOWN + excluded.size() + 1).stream()
                .filter(o -> !excluded.contains(o.id())).toList();
        List<OrganisationView> offered = new ArrayList<>(organisations.withIds(chosen));
        found.stream().limit(SHOWN).filter(o -> !chosen.contains(o.id())).forEach(offered::add);
        return new Offer(offered, found.size() > SHOWN, SearchText.given(getSearch()) && found.isEmpty());
    }
}

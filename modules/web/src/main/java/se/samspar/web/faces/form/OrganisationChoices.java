package se.samspar.web.faces.form;

import java.io.Serializable;
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
 * about a thousand). The form's view-scoped bean keeps one (it holds only the search, so it is serializable) and
 * passes its service to each read; the tag {@code s:choiceSearch} is its search field.
 */
public final class OrganisationChoices implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How many organisations found are offered at most. */
    public static final int SHOWN = 50;

    /** What is offered: those chosen first, then those found; whether the search finds more, or found none. */
    public record Offer(List<OrganisationView> organisations, boolean more, boolean noneFound) {
    }

    private final String name;
    private String search;

    /** {@code name}: the form's, unique on its page (the offer is read once a rendered request under it). */
    public OrganisationChoices(String name) {
        this.name = name;
    }

    /** The offer, leaving out those in {@code excluded} (an agreement's parties, say); one query for those found. */
    public Offer offer(OrganisationService organisations, Collection<Long> chosen, Collection<Long> excluded) {
        Set<Long> kept = new TreeSet<>(chosen);
        Set<Long> left = new TreeSet<>(excluded);
        return PerRequest.get(OrganisationChoices.class.getName() + ":" + name + ":" + search + ":" + kept + ":" + left,
                () -> read(organisations, kept, left));
    }

    private Offer read(OrganisationService organisations, Set<Long> chosen, Set<Long> excluded) {
        List<OrganisationView> found = organisations.page(search, 0, SHOWN + excluded.size() + 1).stream()
                .filter(o -> !excluded.contains(o.id())).toList();
        List<OrganisationView> offered = new ArrayList<>(organisations.withIds(chosen));
        found.stream().limit(SHOWN).filter(o -> !chosen.contains(o.id())).forEach(offered::add);
        return new Offer(offered, found.size() > SHOWN, SearchText.given(search) && found.isEmpty());
    }

    /** {@value #SHOWN}, for the hint that says how many are offered. */
    public int getShown() {
        return SHOWN;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}

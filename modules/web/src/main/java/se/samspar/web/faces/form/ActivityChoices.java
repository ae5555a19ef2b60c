package se.samspar.web.faces.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.samspar.actionplan.api.ActivityFilter;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.platform.api.SearchText;
import se.samspar.web.table.PerRequest;

/**
 * What a form offers to choose one of an agreement's activities from: the first {@value #SHOWN} by reference that the
 * search typed finds, and the one already chosen, wherever it is; never every activity (a large city's agreement has a
 * thousand). The form's view-scoped bean keeps one ({@link ChoiceSearch}) and passes the services to each read.
 */
public final class ActivityChoices extends ChoiceSearch {
    private static final long serialVersionUID = 1L;

    /** What is offered: the one chosen first, then those found; whether the search finds more, or found none. */
    public record Offer(List<ActivityView> activities, boolean more, boolean noneFound) {
    }

    /** {@code name}: the form's, unique on its page (the offer is read once a rendered request under it). */
    public ActivityChoices(String name) {
        super(name);
    }

    /**
     * The offer among the agreement's activities, leaving out those in {@code excluded} (already linked, say); the
     * chosen one (null: none) kept. A fixed number of queries: a page of the activity table and the chosen one.
     */
    public Offer offer(ActivityTable table, ActivityQueries activities, long agreementId, Long chosen,
                       Collection<Long> excluded) {
        Set<Long> left = new TreeSet<>(excluded);
        return PerRequest.get(offerKey(agreementId, chosen, left), () -> read(table, activities, agreementId, chosen,
                left));
    }

    private Offer read(ActivityTable table, ActivityQueries activities, long agreementId, Long chosen,
                       Set<Long> excluded) {
        ActivityFilter searched = new ActivityFilter(agreementId, null, null, null, null, null, null, false, false,
                getSearch());
        List<ActivityView> found = table.page(searched, 0, Math.min(ActivityTable.MAX_LIMIT, SHOWN + excluded.size() + 2),
                        null, true).stream()
                .filter(a -> !excluded.contains(a.id()) && !Long.valueOf(a.id()).equals(chosen)).toList();
        List<ActivityView> offered = new ArrayList<>(chosen == null || excluded.contains(chosen) ? List.of()
                : activities.withIds(agreementId, List.of(chosen)));
        found.stream().limit(SHOWN).forEach(offered::add);
        return new Offer(offered, found.size() > SHOWN, SearchText.given(getSearch()) && found.isEmpty());
    }
}

package se.samspar.web.faces.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import se.samspar.actionplan.api.ActivityFilter;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.platform.api.SearchText;
import se.samspar.web.table.PerRequest;

/**
 * What a form offers to choose one of an agreement's (or a few agreements') activities from: the first {@value #SHOWN}
 * by reference that the search typed finds, and the one already chosen, wherever it is; never every activity (a large city's agreement has a
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
        return PerRequest.get(offerKey(agreementId, chosen, left), () -> read(table, activities, List.of(agreementId),
                chosen, a -> !left.contains(a.id()), SHOWN + left.size() + 2));
    }

    /**
     * The offer among the activities of several agreements (those of a municipality the user coordinates), cancelled
     * ones left out, the first {@value #SHOWN} by reference across them: a page of the activity table per agreement
     * (a handful), and the chosen one.
     */
    public Offer offerAcross(ActivityTable table, ActivityQueries activities, Collection<Long> agreementIds,
                             Long chosen) {
        List<Long> agreements = List.copyOf(new TreeSet<>(agreementIds));
        return PerRequest.get(offerKey(agreements, chosen), () -> read(table, activities, agreements, chosen,
                a -> a.status() != ActivityStatus.CANCELLED, 2 * SHOWN));
    }

    private Offer read(ActivityTable table, ActivityQueries activities, List<Long> agreementIds, Long chosen,
                       Predicate<ActivityView> offerable, int perAgreement) {
        List<ActivityView> found = agreementIds.stream()
                .flatMap(agreement -> table.page(searched(agreement), 0, Math.min(ActivityTable.MAX_LIMIT, perAgreement),
                        null, true).stream())
                .filter(offerable).filter(a -> !Long.valueOf(a.id()).equals(chosen))
                .sorted(Comparator.comparing(ActivityView::reference)).toList();
        List<ActivityView> offered = new ArrayList<>(chosen == null ? List.of() : activities.find(chosen)
                .filter(a -> agreementIds.contains(a.agreementId())).filter(offerable).stream().toList());
        found.stream().limit(SHOWN).forEach(offered::add);
        return new Offer(offered, found.size() > SHOWN, SearchText.given(getSearch()) && found.isEmpty());
    }

    private ActivityFilter searched(long agreementId) {
        return new ActivityFilter(agreementId, null, null, null, null, null, null, false, false, getSearch());
    }
}

package se.samspar.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.RecentUpdate;
import se.samspar.actionplan.api.WorkQueue;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.followup.api.FollowUpView;
import se.samspar.followup.api.FollowUpQueries;

/**
 * The start page as a work queue: what is red or at risk, what is due within {@value #DUE_WITHIN_DAYS} days, what
 * waits for my report (each counted, its first few listed, and linked per agreement to the activities table under the
 * same filter), the follow-ups open for my organisation's report ({@link OpenFollowUpsBanner}), my agreements and the
 * latest reports. A board member's leads to the adopted follow-ups and the dashboards instead. A fixed number of
 * statements whatever the data.
 */
@Named
@RequestScoped
public class StartPage {
    static final int LIST_SIZE = 10;
    static final int DUE_WITHIN_DAYS = 30;
    /** The agreements linked per kind of the queue; the rest are reached from each agreement. */
    static final int LINKS = 5;
    /** The activities each card lists. */
    static final int SHOWN = 5;

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    FollowUpQueries followUps;
    private List<AgreementView> list;
    private WorkQueue queue;
    private List<RecentUpdate> latest;
    private List<FollowUpView> adopted;

    /** One kind of the queue in one agreement: the table's address carries the same filter. */
    public record Link(long agreementId, String title, Long leadPartyId, long count, String filterName,
                       String filterValue) {
    }

    public List<AgreementView> getAgreements() {
        if (list == null) {
            list = agreements.agreements();
        }
        return list;
    }

    public WorkQueue getQueue() {
        if (queue == null) {
            queue = activities.workQueue(LIST_SIZE, DUE_WITHIN_DAYS);
        }
        return queue;
    }

    /** The first {@value #SHOWN} at risk, red first: the card's list (the table has them all). */
    public List<ActivityView> getAtRisk() {
        List<ActivityView> all = getQueue().atRisk();
        return all.subList(0, Math.min(SHOWN, all.size()));
    }

    /** The first {@value #SHOWN} due soon, soonest first. */
    public List<ActivityView> getDueSoon() {
        List<ActivityView> all = getQueue().dueSoon();
        return all.subList(0, Math.min(SHOWN, all.size()));
    }

    public List<ActivityView> getNeedingUpdate() {
        return getQueue().needingMyUpdate();
    }

    /** All that need my update, counted by the database: the list shows the first {@value #LIST_SIZE}. */
    public long getNeedingUpdateCount() {
        return getQueue().needingMyUpdateCount();
    }

    /** The links of one kind ("risk", "due", "needsUpdate"): the agreements with the most first, at most {@value #LINKS}. */
    public List<Link> links(String kind) {
        ToLongFunction<WorkQueue.Scope> count = count(kind);
        return getQueue().scopes().stream().filter(s -> count.applyAsLong(s) > 0)
                .sorted(Comparator.comparingLong(count).reversed().thenComparingLong(WorkQueue.Scope::agreementId))
                .limit(LINKS)
                .map(s -> new Link(s.agreementId(), agreementTitle(s.agreementId()), s.leadPartyId(),
                        count.applyAsLong(s), filterName(kind), filterValue(kind)))
                .toList();
    }

    /** How many agreements of one kind the links leave out. */
    public long unlinked(String kind) {
        ToLongFunction<WorkQueue.Scope> count = count(kind);
        return Math.max(0, getQueue().scopes().stream().filter(s -> count.applyAsLong(s) > 0).count() - LINKS);
    }

    private static ToLongFunction<WorkQueue.Scope> count(String kind) {
        return switch (kind) {
            case "risk" -> WorkQueue.Scope::atRisk;
            case "due" -> WorkQueue.Scope::dueSoon;
            default -> WorkQueue.Scope::needingMyUpdate;
        };
    }

    /** The activities table's address parameter for a kind (see ActivitiesPage), and its value. */
    private static String filterName(String kind) {
        return switch (kind) {
            case "risk" -> "risk";
            case "due" -> "due";
            default -> "needsUpdate";
        };
    }

    private static String filterValue(String kind) {
        return "due".equals(kind) ? String.valueOf(DUE_WITHIN_DAYS) : "true";
    }

    public int getDueWithinDays() {
        return DUE_WITHIN_DAYS;
    }

    public List<RecentUpdate> getLatestUpdates() {
        if (latest == null) {
            latest = activities.latestUpdates(LIST_SIZE);
        }
        return latest;
    }

    /** The newest adopted follow-ups, for the board member's start page. */
    public List<FollowUpView> getAdoptedFollowUps() {
        if (adopted == null) {
            adopted = followUps.adopted(LINKS);
        }
        return adopted;
    }

    public String agreementTitle(long agreementId) {
        return getAgreements().stream().filter(a -> a.id() == agreementId).map(AgreementView::title).findFirst()
                .orElse("");
    }
}

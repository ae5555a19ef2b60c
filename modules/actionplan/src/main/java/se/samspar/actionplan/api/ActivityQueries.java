package se.samspar.actionplan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Activities, their status histories and progress, as the caller may see them: each read checks the
 * agreement's visibility through the agreement module.
 */
public interface ActivityQueries {
    Optional<ActivityView> find(long activityId);

    List<ActivityView> activitiesOf(long agreementId);

    /**
     * Those of the agreement's activities whose ids are given, in the action plan's order: a fixed number of queries,
     * whatever the agreement's size (ids of other agreements' activities are left out).
     */
    List<ActivityView> withIds(long agreementId, java.util.Collection<Long> activityIds);

    /**
     * The ids of the agreement's activities that are not cancelled, in the action plan's order: one query of one
     * column, for a page that shows a bounded number of them ({@link #withIds}) and counts the rest.
     */
    List<Long> idsNotCancelled(long agreementId);

    /** The status history, newest first. */
    List<StatusUpdateView> history(long activityId);

    /** Every status update of an agreement's activities made in a period (dates inclusive), in one query. */
    List<StatusUpdateView> updatesOf(long agreementId, LocalDate from, LocalDate to);

    AgreementProgress progress(long agreementId);

    /**
     * Rule 4 over the given views of an agreement's activities (e.g. their state as of a
     * follow-up's date) instead of their stored state; no query but the agreement's goals.
     */
    AgreementProgress progressOf(long agreementId, java.util.Collection<ActivityView> activities);

    /**
     * Across the caller's agreements: the activities the caller may report on that need an update
     * (rule 2; an overdue one reported on within the interval is not among them), soonest due first.
     */
    List<ActivityView> needingMyUpdate(int max);

    /** How many activities {@link #needingMyUpdate} would list without a limit: one aggregate. */
    long countNeedingMyUpdate();

    /**
     * A page of the activities the caller's organisation leads or takes part in, across its agreements, sorted and
     * paged in the database (then by id; at most 500 rows). There is deliberately no unpaged form: for the police,
     * party to every agreement, "all of them" is 30,000 activities.
     */
    List<ActivityView> ofMyOrganisation(int offset, int limit, ActivitySort sort, boolean ascending);

    /** How many activities {@link #ofMyOrganisation(int, int, ActivitySort, boolean)} pages through: one aggregate. */
    long countOfMyOrganisation();

    /**
     * The caller's work queue (see {@link WorkQueue}): each list at most {@code max} long, "due soon" meaning within
     * {@code dueWithinDays}; a fixed number of statements whatever the data (counts grouped by agreement, lists
     * limited in the database).
     */
    WorkQueue workQueue(int max, int dueWithinDays);

    /** The latest status updates in the caller's agreements, newest first. */
    List<RecentUpdate> latestUpdates(int max);
}

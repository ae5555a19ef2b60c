package se.samspar.actionplan.api;

import java.io.Serializable;
import java.util.List;

/**
 * "Min organisation": the activities the caller's organisation leads or takes part in, across its agreements —
 * filtered, sorted, paged and summed up per agreement by the database, whatever their number (issue 12: the police
 * take part in 290 agreements).
 */
public interface MyOrganisationActivities {

    /** Which of them: in one agreement (null: all), with one status (null: any), only those needing a status report. */
    record Filter(Long agreementId, ActivityStatus status, boolean needsUpdateOnly) implements Serializable {
        public static final Filter ALL = new Filter(null, null, false);
    }

    /**
     * One agreement's line of the summary: its activities (led or taken part in by the caller's organisation), how many
     * of them are on track, at risk and off track, and how many need a status report (rule 2).
     */
    record AgreementSummary(long agreementId, long activities, long green, long yellow, long red, long needingUpdate) {
    }

    long count(Filter filter);

    /** A page, sorted by the database (then by id; at most {@link ActivityTable#MAX_LIMIT} rows). */
    List<ActivityView> page(Filter filter, int offset, int limit, ActivitySort sort, boolean ascending);

    /** Per agreement with any such activity, in one GROUP BY query. */
    List<AgreementSummary> summary();
}

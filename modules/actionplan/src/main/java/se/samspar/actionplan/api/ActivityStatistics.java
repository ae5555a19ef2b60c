package se.samspar.actionplan.api;

/** Dashboards over an agreement's activities, aggregated in the database. */
public interface ActivityStatistics {
    /**
     * The dashboard of an agreement the caller sees. The number of SQL statements is fixed: it
     * does not grow with the number of activities or updates.
     */
    Dashboard dashboard(long agreementId, DashboardFilter filter);
}

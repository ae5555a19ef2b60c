package se.samspar.actionplan.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The due dates of open activities (neither completed nor cancelled), for calendars: read in SQL, soonest first,
 * never more than asked.
 */
public interface ActivityDueDates {
    /** The open activities the caller may report on (rule 5) across their agreements, due on or after {@code from}. */
    List<ActivityView> mine(LocalDate from, int max);

    /** The open activities of an agreement the caller coordinates, due on or after {@code from}. */
    List<ActivityView> ofAgreement(long agreementId, LocalDate from, int max);
}

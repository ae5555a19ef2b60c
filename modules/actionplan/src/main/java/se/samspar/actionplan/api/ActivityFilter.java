package se.samspar.actionplan.api;

import java.time.LocalDate;

/**
 * Which activities of one agreement a table shows. Every field but the agreement may be left out
 * (null, false or blank), and the filters that are given all apply.
 *
 * @param agreementId          the agreement whose activities are listed
 * @param areaId               a priority area
 * @param goalId               a goal; an overall goal includes its sub-goals' activities
 * @param leadPartyId          the party that leads the activity
 * @param participatingPartyId a party among the participating (not leading) parties
 * @param status               the current status
 * @param light                the current traffic light
 * @param overdueOnly          only overdue activities (rule 1)
 * @param needsUpdateOnly      only activities that need an update (rule 2)
 * @param text                 a piece of the reference, title or description, in any case
 * @param atRiskOnly           only open activities whose light is not green (the dashboard's "at risk")
 * @param dueWithinDays        only open activities due from today to this many days ahead
 * @param partyId              a party that leads the activity or takes part in it (the dashboard's party)
 * @param from                 only activities whose start–due span reaches this date (an open end reaches all)
 * @param to                   only activities whose start–due span begins by this date
 */
public record ActivityFilter(long agreementId, Long areaId, Long goalId, Long leadPartyId, Long participatingPartyId,
                             ActivityStatus status, TrafficLight light, boolean overdueOnly, boolean needsUpdateOnly,
                             String text, boolean atRiskOnly, Integer dueWithinDays, Long partyId, LocalDate from,
                             LocalDate to) {

    /** The table's own filters, without the ones the start page's and dashboard's links add. */
    public ActivityFilter(long agreementId, Long areaId, Long goalId, Long leadPartyId, Long participatingPartyId,
                          ActivityStatus status, TrafficLight light, boolean overdueOnly, boolean needsUpdateOnly,
                          String text) {
        this(agreementId, areaId, goalId, leadPartyId, participatingPartyId, status, light, overdueOnly,
                needsUpdateOnly, text, false, null, null, null, null);
    }

    /** Every activity of the agreement. */
    public static ActivityFilter all(long agreementId) {
        return new ActivityFilter(agreementId, null, null, null, null, null, null, false, false, null);
    }
}

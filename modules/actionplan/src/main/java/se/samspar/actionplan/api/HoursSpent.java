package se.samspar.actionplan.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The hours the parties report in status updates, summed in the database (Brå: the parties' time is the cost of the
 * work). Only updates that give hours count; none is zero.
 */
public interface HoursSpent {

    /**
     * An agreement's hours under the dashboard's filter (area, party, and the activities meeting the period), counting
     * the updates reported within the period: in total, per priority area and per reporting organisation.
     */
    Hours ofAgreement(long agreementId, DashboardFilter filter);

    /** The hours reported on each of the given activities (of agreements the caller sees) between from and to. */
    Map<Long, BigDecimal> ofActivities(Collection<Long> activityIds, LocalDate from, LocalDate to);

    record Hours(BigDecimal total, Map<Long, BigDecimal> byArea, Map<Long, BigDecimal> byOrganisation) {
        public Hours {
            byArea = Map.copyOf(byArea);
            byOrganisation = Map.copyOf(byOrganisation);
        }

        public BigDecimal ofArea(long areaId) {
            return byArea.getOrDefault(areaId, BigDecimal.ZERO);
        }

        public BigDecimal ofOrganisation(long organisationId) {
            return byOrganisation.getOrDefault(organisationId, BigDecimal.ZERO);
        }
    }
}

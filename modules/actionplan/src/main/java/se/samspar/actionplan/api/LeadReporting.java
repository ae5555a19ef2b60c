package se.samspar.actionplan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Have the parties reported on what they lead in a period (a follow-up's)? Per lead party: the
 * activities it leads that run in the period (start to due date, open-ended where not set, touching
 * it) and how many of them have at least one status update made within the period's days.
 */
public interface LeadReporting {

    /**
     * For each window, by its key: the counts per lead party having activities in it (a party leading none is
     * absent). One statement for any number of windows; windows of agreements the caller does not see count nothing.
     */
    Map<Long, List<LeadCount>> inPeriods(List<Window> windows);

    /** A period of an agreement to count, under a key of the caller's choosing; {@code leadPartyId} null for all parties. */
    record Window(long key, long agreementId, Long leadPartyId, LocalDate from, LocalDate to) {
    }

    /** A lead party's activities running in the window and, of those, the ones reported on within it. */
    record LeadCount(long leadPartyId, int activities, int reported) {
        public int remaining() {
            return activities - reported;
        }
    }
}

package se.samspar.followup.api;

/**
 * A party's reporting in a follow-up's period: the activities it leads that run in the period and, of those,
 * the ones with a status update made within the period. It has reported when none is left; leading none, it
 * has nothing to report, and counts as done.
 */
public record PartyReporting(long partyId, String organisation, int activities, int reported) {

    public enum State { REPORTED, UNREPORTED, NOTHING_TO_REPORT }

    public int remaining() {
        return activities - reported;
    }

    public State state() {
        return activities == 0 ? State.NOTHING_TO_REPORT : remaining() == 0 ? State.REPORTED : State.UNREPORTED;
    }

    public boolean done() {
        return state() != State.UNREPORTED;
    }
}

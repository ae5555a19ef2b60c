package se.samspar.followup.api;

import java.util.List;

/** Every party of the agreement with its reporting in a follow-up's period, in the agreement's order of parties. */
public record PartiesReporting(List<PartyReporting> parties) {
    public PartiesReporting {
        parties = List.copyOf(parties);
    }

    /** "2 av 6 parter har rapporterat": the parties with nothing left, those with nothing to report included. */
    public long done() {
        return parties.stream().filter(PartyReporting::done).count();
    }

    public int total() {
        return parties.size();
    }

    public List<PartyReporting> unreported() {
        return parties.stream().filter(p -> !p.done()).toList();
    }
}

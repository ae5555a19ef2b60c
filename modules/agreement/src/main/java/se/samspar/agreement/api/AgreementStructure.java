package se.samspar.agreement.api;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** An agreement with its parties, priority areas and goals, read in a fixed number of queries. */
public record AgreementStructure(AgreementView agreement, List<PartyView> parties, List<PriorityAreaView> areas) {
    public AgreementStructure {
        parties = List.copyOf(parties);
        areas = List.copyOf(areas);
    }

    public Optional<PartyView> party(long partyId) {
        return parties.stream().filter(p -> p.id() == partyId).findFirst();
    }

    public Optional<PartyView> partyOf(long organisationId) {
        return parties.stream().filter(p -> p.organisationId() == organisationId).findFirst();
    }

    public Optional<PriorityAreaView> area(long areaId) {
        return areas.stream().filter(a -> a.id() == areaId).findFirst();
    }

    /** Every goal, overall goals and sub-goals alike. */
    public Stream<GoalView> goals() {
        return areas.stream().flatMap(a -> a.goals().stream())
                .flatMap(g -> Stream.concat(Stream.of(g), g.subGoals().stream()));
    }

    public Optional<GoalView> goal(long goalId) {
        return goals().filter(g -> g.id() == goalId).findFirst();
    }
}

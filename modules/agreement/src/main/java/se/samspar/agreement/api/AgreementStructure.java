package se.samspar.agreement.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** What a table calls the party ({@link PartyView#displayName()}); "" when it is none of the agreement's. */
    public String partyName(Long partyId) {
        return partyId == null ? "" : party(partyId).map(PartyView::displayName).orElse("");
    }

    /** What a table calls the parties, in alphabetical order and joined by commas; one removed since is left out. */
    public String partyNames(Collection<Long> partyIds) {
        return partyIds.stream().map(this::partyName).filter(n -> !n.isEmpty()).sorted()
                .collect(Collectors.joining(", "));
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

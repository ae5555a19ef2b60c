package se.samspar.agreement.api;

import java.util.List;

/** A priority area with its overall goals, each holding its sub-goals. */
public record PriorityAreaView(long id, long agreementId, String code, String name, String description, int order,
                               long version, List<GoalView> goals) {
    public PriorityAreaView {
        goals = List.copyOf(goals);
    }
}

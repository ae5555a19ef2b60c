package se.samspar.agreement.api;

import java.util.List;

public record GoalView(long id, long areaId, Long parentId, String title, String description, int order,
                       long version, List<GoalView> subGoals) {
    public GoalView {
        subGoals = List.copyOf(subGoals);
    }
}

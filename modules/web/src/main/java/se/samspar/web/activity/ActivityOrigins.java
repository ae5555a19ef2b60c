package se.samspar.web.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samspar.coordination.api.CoordinationQueries;
import se.samspar.coordination.api.Origin;

/**
 * The decisions and meetings behind an activity, for its page: read once per request from the coordination module
 * (a small read-only list; the links lead to the decision's or the meeting's page).
 */
@Named
@RequestScoped
public class ActivityOrigins {
    @Inject
    CoordinationQueries coordination;

    private final Map<Long, List<Origin>> read = new HashMap<>();

    public List<Origin> of(long activityId) {
        return read.computeIfAbsent(activityId, coordination::behind);
    }
}

package se.samspar.web.scale;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.samspar.web.e2e.SamsparClient;
import se.samspar.web.e2e.SamsparClient.Answered;

/**
 * The pages each role uses, as the statement-count guard and the benchmark visit them: one {@link Page} per request
 * that is measured. A page reached by AJAX (the activities table's filter, sort and next page) first loads what a
 * browser would have loaded before it, unmeasured.
 */
public final class Pages {
    /** The trivial page every other is compared with: the accessibility statement, static text in the layout. */
    public static final Page TRIVIAL = get("accessibility", "/accessibility");

    private Pages() {
    }

    /** The four roles, each as its demo user. */
    public enum Role {
        COORDINATOR("samordnare"), PARTNER("polis"), BOARD("styrgrupp"), ADMINISTRATOR("admin");

        private final String username;

        Role(String username) {
            this.username = username;
        }

        public String username() {
            return username;
        }
    }

    /** The agreement, activity and adopted follow-up the pages show. */
    public record Ids(long agreement, long activity, long followUp) {
    }

    /** How a page is visited; the answer is the measured request. */
    @FunctionalInterface
    public interface Visit {
        Answered visit(SamsparClient client) throws IOException, InterruptedException;
    }

    /** A measured request, named as the results name it. */
    public record Page(String name, Visit visit) {
        public Answered visit(SamsparClient client) throws IOException, InterruptedException {
            return visit.visit(client);
        }
    }

    /** The sortable column of the activities table the sorted page is sorted by: the due date (0 is the reference). */
    private static final int DUE_DATE_COLUMN = 6;
    private static final String FILTER_STATUS = "IN_PROGRESS";

    /** Every page the role uses, in the order the guard and the benchmark visit them. */
    public static List<Page> of(Role role, Ids ids) {
        long a = ids.agreement();
        String activities = "/activities?agreement=" + a;
        List<Page> pages = new ArrayList<>(List.of(
                get("start", "/"),
                get("my organisation", "/organisation"),
                get("agreement", "/agreement?id=" + a),
                get("activities", activities),
                new Page("activities: filter (AJAX)", c -> c.filterActivities(a, c.get(activities), FILTER_STATUS,
                        false)),
                new Page("activities: filtered, sorted (AJAX)", c -> {
                    String page = c.get(activities);
                    c.filterActivities(a, page, FILTER_STATUS, false);
                    return c.sortActivities(a, page, DUE_DATE_COLUMN);
                }),
                new Page("activities: next page (AJAX)", c -> {
                    String page = c.get(activities);
                    c.filterActivities(a, page, FILTER_STATUS, false);
                    c.sortActivities(a, page, DUE_DATE_COLUMN);
                    return c.activitiesPage(a, page, 25);
                }),
                get("activity", "/activity?id=" + ids.activity()),
                get("dashboard", "/dashboard?agreement=" + a),
                get("follow-ups", "/follow-ups?agreement=" + a),
                get("adopted follow-up", "/follow-up?id=" + ids.followUp()),
                get("board", "/board")));
        if (Set.of(Role.COORDINATOR, Role.ADMINISTRATOR).contains(role)) {
            pages.add(get("audit", "/audit"));
        }
        if (role == Role.ADMINISTRATOR) {
            pages.add(get("administration", "/admin"));
        }
        if (role == Role.COORDINATOR) {
            pages.add(get("agreement editing", "/agreement-edit?id=" + a));
        }
        return pages;
    }

    private static Page get(String name, String path) {
        return new Page(name, c -> c.fetch(path));
    }
}

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

    /**
     * The agreement, activity and adopted follow-up the pages show, the agreement with the most activities (on the
     * national data the one of 1,000; on smaller data the demo agreement) and a follow-up of it whose reporting is
     * open (its report read live, as a coordinator sees it before the adoption).
     */
    public record Ids(long agreement, long activity, long followUp, long largestAgreement, long largestFollowUp) {
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
                get("activities: from a start page link", activities + "&risk=true"),
                get("activity", "/activity?id=" + ids.activity()),
                get("dashboard", "/dashboard?agreement=" + a),
                get("follow-ups", "/follow-ups?agreement=" + a),
                get("adopted follow-up", "/follow-up?id=" + ids.followUp()),
                get("board", "/board")));
        if (Set.of(Role.COORDINATOR, Role.ADMINISTRATOR).contains(role)) {
            pages.add(get("audit", "/audit"));
            // Read on from the first page (keyset), then a jump to a page never read (the index, not the entries).
            pages.add(new Page("audit: next page (AJAX)", c -> {
                String page = c.get("/audit");
                return c.auditPage(page, 50);
            }));
            pages.add(new Page("audit: a page by a jump (AJAX)", c -> c.auditPage(c.get("/audit"), 25)));
        }
        if (Set.of(Role.PARTNER, Role.ADMINISTRATOR).contains(role)) {
            // A large city's agreement: its overview shows a bounded part of each area, however many activities.
            pages.add(get("agreement with the most activities", "/agreement?id=" + ids.largestAgreement()));
            // Its follow-up's report lists a bounded part of each area too (the PDF and Excel file hold all).
            pages.add(get("follow-up of the agreement with the most activities", "/follow-up?id="
                    + ids.largestFollowUp()));
        }
        if (role == Role.ADMINISTRATOR) {
            pages.add(get("administration", "/admin"));
        }
        if (role == Role.COORDINATOR) {
            pages.add(get("agreement editing", "/agreement-edit?id=" + a));
            pages.add(get("activity form", "/activity-edit?id=" + ids.activity()));
            pages.add(get("new activity form", "/activity-edit?agreement=" + a));
        }
        return pages;
    }

    /** The demo users' password (the scale data's accounts have it too). */
    public static final String PASSWORD = "samspar-demo";

    /** A new session of the user, signed in. */
    public static SamsparClient signedIn(String baseUrl, String username, java.time.Duration timeout)
            throws IOException, InterruptedException {
        SamsparClient client = new SamsparClient(baseUrl, timeout);
        if (!client.signIn(username, PASSWORD)) {
            throw new IllegalStateException(username + " could not sign in at " + baseUrl);
        }
        return client;
    }

    /**
     * Every role's pages, one session per role, each page visited once before the visit that counts (first visits may
     * fill caches): "role: page" → that visit's answer. Fails on an answer a browser would not show.
     */
    public static java.util.Map<String, Answered> visitAll(String baseUrl, Ids ids, java.time.Duration timeout)
            throws IOException, InterruptedException {
        return visitAll(baseUrl, ids, timeout, true);
    }

    /**
     * As {@link #visitAll(String, Ids, java.time.Duration)}; unless {@code strict}, a page that fails or times out is
     * kept as an answer with status -1 (and its message as body) instead of failing the whole visit.
     */
    public static java.util.Map<String, Answered> visitAll(String baseUrl, Ids ids, java.time.Duration timeout,
                                                           boolean strict) throws IOException, InterruptedException {
        java.util.Map<String, Answered> answers = new java.util.LinkedHashMap<>();
        for (Role role : Role.values()) {
            SamsparClient client = signedIn(baseUrl, role.username(), timeout);
            for (Page page : of(role, ids)) {
                String key = key(role, page);
                Answered answer;
                try {
                    page.visit(client);
                    answer = page.visit(client);
                } catch (IOException | RuntimeException e) {
                    if (strict) {
                        throw e;
                    }
                    answers.put(key, new Answered(-1, e.toString(), 0, 0, -1));
                    continue;
                }
                if (strict && !answer.ok()) {
                    throw new IllegalStateException(key + " answered " + answer.status() + ": "
                            + answer.body().substring(0, Math.min(2000, answer.body().length())));
                }
                answers.put(key, answer);
            }
        }
        return answers;
    }

    /** How results name a page of a role: "partner: start". */
    public static String key(Role role, Page page) {
        return role.name().toLowerCase() + ": " + page.name();
    }

    private static Page get(String name, String path) {
        return new Page(name, c -> c.fetch(path));
    }
}

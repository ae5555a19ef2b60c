package se.samspar.web.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samspar.web.e2e.AppProcess;
import se.samspar.web.e2e.SamsparClient;
import se.samspar.web.e2e.SamsparClient.Answered;
import se.samspar.web.scale.Pages.Role;
import se.samspar.web.startup.SqlStatementCounting;

/**
 * The number of SQL statements of every page each role uses must not grow with the data (an N+1 fails the build):
 * counted per request by the application itself ({@link SqlStatementCounting}, switched on for this test's own
 * instance), first on the demo data, then after {@link ScaleData#MORE} has added agreements, activities, status
 * updates, audit entries and adopted follow-ups that every demo user sees.
 *
 * <p>Pages that still grow are listed in {@link #PAGES_THAT_STILL_GROW} with the counts measured when they were
 * listed; for them the test asserts the opposite — that they still grow — so whoever fixes one must take it off the
 * list, and nobody can add to it unnoticed.
 */
class PageStatementsIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * "role: page" → statements on the demo data and after {@link ScaleData#MORE}, as measured at commit time (the
     * figures document; only the growth is asserted). Shrink it as pages are fixed.
     */
    static final Map<String, List<Long>> PAGES_THAT_STILL_GROW = Map.ofEntries();

    @Test
    void statementsPerPageDoNotGrowWithTheData() throws Exception {
        Path target = Path.of(System.getProperty("samspar.war", "target/samspar.war")).toAbsolutePath().getParent();
        Path dir = target.resolve("page-statements-" + System.currentTimeMillis());
        Files.createDirectories(dir);
        Path data = dir.resolve("db");
        // Without the read cache: its answers are read on every visit, so their statements are counted too.
        List<String> counting = List.of(SqlStatementCounting.SETTING + "=true", "samspar.read-cache=false");

        Map<String, Long> onDemo;
        Map<String, Long> onMore;
        long live;
        AppProcess app = AppProcess.start(data, dir.resolve("server.log"), true, counting);
        try {
            SamsparClient coordinator = signedIn(app, Role.COORDINATOR);
            long followUp = coordinator.openAnnualFollowUp(1, 2024);
            adopt(coordinator, followUp);
            live = coordinator.openAnnualFollowUp(1, 2023); // its reporting stays open: the report is read live
            onDemo = count(app, new Pages.Ids(1, 1, followUp, 1, live));
        } finally {
            app.stop();
        }

        ScaleData.Built more = ScaleData.grow(data, ScaleData.MORE);
        app = AppProcess.start(data, dir.resolve("server.log"), true, counting);
        try {
            SamsparClient coordinator = signedIn(app, Role.COORDINATOR);
            for (long followUp : more.reportingFollowUps().values()) {
                adopt(coordinator, followUp);
            }
            onMore = count(app, new Pages.Ids(1, 1, more.reportingFollowUps().get(1L), 1, live));
        } finally {
            app.stop();
        }

        StringBuilder table = new StringBuilder("page | statements on the demo data | after ScaleData.MORE\n");
        List<String> grew = new ArrayList<>();
        List<String> stoppedGrowing = new ArrayList<>();
        for (Map.Entry<String, Long> e : onDemo.entrySet()) {
            long before = e.getValue();
            long after = onMore.get(e.getKey());
            table.append(e.getKey()).append(" | ").append(before).append(" | ").append(after).append('\n');
            boolean listed = PAGES_THAT_STILL_GROW.containsKey(e.getKey());
            if (!listed && after != before) {
                grew.add(e.getKey() + ": " + before + " → " + after);
            }
            if (listed && after <= before) {
                stoppedGrowing.add(e.getKey() + ": " + before + " → " + after);
            }
        }
        Files.writeString(dir.resolve("statements.txt"), table);
        System.out.println(table);
        assertTrue(PAGES_THAT_STILL_GROW.keySet().stream().allMatch(onDemo::containsKey),
                "PAGES_THAT_STILL_GROW names pages that are not measured: " + PAGES_THAT_STILL_GROW.keySet());
        assertEquals(List.of(), grew, "pages whose SQL statement count grew with the data (an N+1?); all counts:\n"
                + table);
        assertEquals(List.of(), stoppedGrowing, "pages in PAGES_THAT_STILL_GROW that no longer grow: take them off"
                + " the list; all counts:\n" + table);
    }

    private static SamsparClient signedIn(AppProcess app, Role role) throws IOException, InterruptedException {
        return Pages.signedIn(app.baseUrl(), role.username(), TIMEOUT);
    }

    private static void adopt(SamsparClient coordinator, long followUp) throws IOException, InterruptedException {
        Answered adopted = coordinator.adopt(followUp, coordinator.get("/follow-up?id=" + followUp), "2025-03-15");
        assertTrue(adopted.ok() && adopted.body().contains("follow-up-ADOPTED"), "follow-up " + followUp
                + " adopted: " + adopted.body());
    }

    /** "role: page" → statements of its request. */
    private static Map<String, Long> count(AppProcess app, Pages.Ids ids) throws IOException, InterruptedException {
        Map<String, Long> counts = new LinkedHashMap<>();
        Pages.visitAll(app.baseUrl(), ids, TIMEOUT).forEach((page, answer) -> {
            assertTrue(answer.statements() >= 0, page + " carries its statement count");
            counts.put(page, answer.statements());
        });
        return counts;
    }
}

package se.samspar.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samspar.web.e2e.SamsparClient.Answered;

/**
 * Many views of one session rendered at once (issue 12: 20 users sharing a session got "Activity 0 not found" on the
 * activity page, its view-scoped bean replaced mid-render once the session held more views than Faces keeps): ~40
 * activity pages and status reports in parallel in one session, each answered without a 500 and for the right
 * activity.
 */
class ConcurrentViewsIT {
    /** The demo agreement's activities (ids 1–16), on which the demo coordinator may report. */
    private static final int ACTIVITIES = 16;
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    @Test
    void fortyViewsOfOneSessionAtOnceEachAnswerTheirOwnActivity() throws Exception {
        Path target = Path.of(System.getProperty("samspar.war", "target/samspar.war")).toAbsolutePath().getParent();
        Path dir = Files.createDirectories(target.resolve("concurrent-views-" + System.nanoTime()));
        AppProcess app = AppProcess.start(dir.resolve("data"), dir.resolve("server.log"), true, List.of());
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            SamsparClient session = new SamsparClient(app.baseUrl(), Duration.ofSeconds(60));
            assertTrue(session.signIn("samordnare", "samspar-demo"));
            Map<Long, String> titles = new HashMap<>();
            Map<Long, String> pages = new HashMap<>();
            for (long id = 1; id <= ACTIVITIES; id++) {
                String page = session.get("/activity?id=" + id);
                titles.put(id, title(page));
                pages.put(id, page);
            }
            List<String> wrong = Collections.synchronizedList(new ArrayList<>());
            for (int round = 0; round < 3; round++) {
                List<Callable<Void>> work = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    long id = 1 + (i % ACTIVITIES);
                    work.add(() -> {
                        Answered a = session.fetch("/activity?id=" + id);
                        if (a.status() != 200 || !titles.get(id).equals(title(a.body()))) {
                            wrong.add("GET " + id + ": " + a.status() + " " + title(a.body()));
                        }
                        return null;
                    });
                }
                int r = round;
                for (long id = 1; id <= 10; id++) {
                    long activity = id;
                    String page = pages.get(activity);
                    work.add(() -> {
                        String token = "samtidig-" + r + "-" + activity;
                        Answered a = session.postReport(activity, SamsparClient.viewState(page),
                                SamsparClient.nonce(page), "IN_PROGRESS", 10 + r, token);
                        if (a.status() != 200 || !SamsparClient.acknowledged(a)) {
                            wrong.add("report " + activity + ": " + a.status() + " "
                                    + a.body().substring(0, Math.min(300, a.body().length())));
                        }
                        return null;
                    });
                }
                for (Future<Void> f : pool.invokeAll(work)) {
                    f.get();
                }
                for (long id = 1; id <= 10; id++) {
                    String page = session.get("/activity?id=" + id);
                    pages.put(id, page);
                    if (!page.contains("samtidig-" + r + "-" + id)) {
                        wrong.add("activity " + id + " lacks its report of round " + r);
                    }
                }
            }
            assertEquals(List.of(), wrong);
        } finally {
            pool.shutdownNow();
            app.stop();
        }
    }

    private static String title(String html) {
        Matcher m = TITLE.matcher(html);
        return m.find() ? m.group(1).strip() : "(no title)";
    }
}

package se.samspar.web.scale;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.samspar.web.e2e.AppProcess;
import se.samspar.web.e2e.SamsparClient;
import se.samspar.web.e2e.SamsparClient.Answered;
import se.samspar.web.scale.Pages.Page;
import se.samspar.web.scale.Pages.Role;
import se.samspar.web.startup.SqlStatementCounting;

/**
 * The national-scale benchmark of issue 12, outside the default test run: {@code mvn -B verify -Pbenchmark} (the web
 * module's {@code benchmark} profile runs only this class). It
 * <ol>
 * <li>starts an empty Payara Micro twice, as the yardstick for start-up;</li>
 * <li>starts the packaged app on a fresh folder in demo mode, adopts a follow-up and counts every role's pages'
 * SQL statements on the demo data;</li>
 * <li>grows that database to {@link ScaleData#NATIONAL} (by SQL, with the app stopped) and starts the app on it with
 * {@code -Xmx512m}, timing start to ready; adopts every agreement's annual follow-up through the app;</li>
 * <li>counts every page's statements and HTML size on the national data;</li>
 * <li>for each role, 20 concurrent users with their own sessions: p50 and p95 of every page beside
 * {@code /accessibility} measured the same way just before;</li>
 * <li>50 concurrent reporters posting status reports for a minute (acknowledged per second) beside a raw Derby
 * insert-and-commit rate (50 threads, and 1) measured right after in this JVM on the same disk;</li>
 * <li>the adoption of the 1,000-activity annual follow-up and its PDF;</li>
 * <li>a restart on the national data beside the second empty Payara Micro;</li>
 * </ol>
 * and writes the figures, the machine, its load, the date and the commit between the markers of
 * {@code docs/performance.md} (and to {@code target/benchmark/results.md}).
 */
class NationalScaleBenchmark {
    private static final String HEAP = "512m";
    /**
     * {@code -Dbenchmark.smoke=true}: a few minutes on a small data set, to try the harness; writes only
     * target/benchmark, never docs/performance.md.
     */
    private static final boolean SMOKE = Boolean.getBoolean("benchmark.smoke");
    private static final ScaleData.Scale SCALE = SMOKE
            ? new ScaleData.Scale(12, 1_500, 200, 100, 5, 3, true, "riksamordnare", 20, 3) : ScaleData.NATIONAL;
    private static final int USERS = 20;
    private static final int REPORTERS = SMOKE ? 10 : 50;
    private static final Duration REPORTING = Duration.ofSeconds(SMOKE ? 10 : 60);
    private static final Duration RAW_DERBY = Duration.ofSeconds(SMOKE ? 5 : 20);
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** How long to measure one page under load, roughly: rounds per user are chosen from the warm-up's time. */
    private static final Duration PER_PAGE = Duration.ofSeconds(SMOKE ? 2 : 20);
    private static final int MIN_ROUNDS = 2;
    private static final int MAX_ROUNDS = 8;
    static final String BEGIN = "<!-- benchmark:begin -->";
    static final String END = "<!-- benchmark:end -->";

    private long oomSeen;
    /** Pages during or after which the app ran out of memory or died, and was restarted. */
    private final java.util.Set<String> brokeTheApp = new java.util.LinkedHashSet<>();
    private final List<Duration> restarts = new ArrayList<>();
    private Path dir;
    private AppProcess app;
    private Path data;

    @Test
    void nationalScale() throws Exception {
        try {
            measure();
        } finally {
            if (app != null) {
                app.stop(); // never leave a server behind, least of all one holding 512 MB and a CPU
            }
        }
    }

    private void measure() throws Exception {
        Path target = Path.of(System.getProperty("samspar.war", "target/samspar.war")).toAbsolutePath().getParent();
        dir = target.resolve("benchmark");
        deleteTree(dir);
        Files.createDirectories(dir);
        data = dir.resolve("db");
        Report report = new Report();
        report.loadBefore = loadAverage();
        report.started = ZonedDateTime.now(ZoneId.of("Europe/Stockholm"));
        report.commit = commit();

        // 1. The yardstick: Payara Micro with nothing deployed, started as the app is.
        report.emptyStarts.add(emptyStart());

        // 2. The demo data: a follow-up adopted, every page counted (the read cache off, as for the national count).
        app = start(true, false);
        report.demoStart = app.startup();
        SamsparClient coordinator = Pages.signedIn(app.baseUrl(), Role.COORDINATOR.username(), TIMEOUT);
        long demoFollowUp = coordinator.openAnnualFollowUp(1, 2024);
        adopt(coordinator, demoFollowUp);
        long demoLive = coordinator.openAnnualFollowUp(1, 2023); // reporting open, as the big one's is until step 7
        report.onDemo = Pages.visitAll(app.baseUrl(), new Pages.Ids(1, 1, demoFollowUp, 1, demoLive), TIMEOUT);
        noteCounts("demo", report.onDemo);
        app.stop();

        // 3. National data, by SQL; then the app on it with 512 MB, and every annual follow-up adopted through it.
        ScaleData.Built built = ScaleData.grow(data, SCALE);
        report.built = built;
        note("national data built in " + built.took().toSeconds() + " s: " + built);
        app = start(false, false);
        report.nationalStarts.add(app.startup());
        note("the app on the national data ready in " + app.startup().toMillis() + " ms");
        long bigFollowUp = built.reportingFollowUps().get(built.bigAgreement());
        report.adoptions = adoptAll(built, bigFollowUp);

        // 4. Statements and HTML size of every page on the national data (the read cache still off); then the app
        // as it runs, with its read cache, for everything measured from here on.
        Pages.Ids ids = new Pages.Ids(1, built.firstActivities().get(1L), built.reportingFollowUps().get(1L),
                built.bigAgreement(), bigFollowUp);
        report.onNational = Pages.visitAll(app.baseUrl(), ids, TIMEOUT, false);
        noteCounts("national", report.onNational);
        revive(); // takes note of an OutOfMemoryError, so that it is not taken for a later one
        app.stop();
        app = start(false);

        // 5. Every role's pages under 20 users, beside the trivial page.
        for (Role role : Role.values()) {
            report.loadByRole.put(role, measureRole(role, ids));
        }

        // 6. Status reports from 50 reporters, then Derby's raw commit rate in this JVM.
        revive();
        report.reports = statusReports(built);
        report.rawDerby50 = rawDerbyRate(REPORTERS);
        report.rawDerby1 = rawDerbyRate(1);

        // 7. The 1,000-activity annual follow-up: adoption and PDF.
        revive();
        bigFollowUp(report, bigFollowUp);

        // 8. Start-up again: the app on the national data, then the empty Micro.
        app.stop();
        app = start(false);
        report.nationalStarts.add(app.startup());
        note("the app on the national data ready in " + app.startup().toMillis() + " ms");
        app.stop();
        report.emptyStarts.add(emptyStart());
        report.loadAfter = loadAverage();

        String markdown = report.markdown();
        Files.writeString(dir.resolve("results.md"), markdown);
        if (!SMOKE) {
            writeIntoDocs(markdown);
        }
        System.out.println(markdown);
        assertTrue(report.onNational.size() == report.onDemo.size(), "every page measured on both");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Starting

    private AppProcess start(boolean demo) {
        return start(demo, true);
    }

    /**
     * {@code readCache} false for counting statements: a page's count is then what it reads, not what an earlier
     * visit happened to leave in the read cache, so demo and national data compare (as in PageStatementsIT).
     */
    private AppProcess start(boolean demo, boolean readCache) {
        return AppProcess.start(data, dir.resolve("server.log"), demo, List.of(SqlStatementCounting.SETTING + "=true",
                "samspar.read-cache=" + readCache), HEAP);
    }

    private Duration emptyStart() {
        AppProcess empty = AppProcess.startEmpty(dir.resolve("empty-micro.log"), HEAP);
        Duration took = empty.startup();
        empty.stop();
        note("empty Payara Micro ready in " + took.toMillis() + " ms");
        return took;
    }

    /**
     * Restarts the app if it died or ran out of memory since the last look (an OutOfMemoryError leaves Payara running
     * but answering errors), so that the rest still gets measured; tells whether it did.
     */
    private boolean revive() throws IOException {
        long oom = outOfMemoryErrors();
        boolean outOfMemory = oom > oomSeen;
        oomSeen = oom;
        if (app.isAlive() && !outOfMemory) {
            return false;
        }
        note((outOfMemory ? "OutOfMemoryError in server.log" : "THE APPLICATION DIED") + "; restarting it");
        app.kill();
        app = start(false);
        restarts.add(app.startup());
        return true;
    }

    private long outOfMemoryErrors() throws IOException {
        try (var lines = Files.lines(dir.resolve("server.log"), StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains("java.lang.OutOfMemoryError")).count();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Follow-ups

    private static Answered adopt(SamsparClient coordinator, long followUp) throws IOException, InterruptedException {
        Answered adopted = coordinator.adopt(followUp, coordinator.get("/follow-up?id=" + followUp), "2026-02-10");
        if (!adopted.ok() || !adopted.body().contains("follow-up-ADOPTED")) {
            throw new IllegalStateException("follow-up " + followUp + " not adopted: " + adopted.status() + " "
                    + adopted.body().substring(0, Math.min(3000, adopted.body().length())));
        }
        return adopted;
    }

    /** Every annual follow-up but the big agreement's, by the coordinator of all, two at a time. */
    private Sample adoptAll(ScaleData.Built built, long except) throws Exception {
        List<Long> followUps = built.reportingFollowUps().values().stream().filter(f -> f != except).toList();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger index = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Void>> done = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            done.add(pool.submit(() -> {
                SamsparClient client = Pages.signedIn(app.baseUrl(), SCALE.coordinatorOfAll(), TIMEOUT);
                for (int i = index.getAndIncrement(); i < followUps.size(); i = index.getAndIncrement()) {
                    millis.add(adopt(client, followUps.get(i)).millis());
                }
                return null;
            }));
        }
        for (Future<Void> f : done) {
            f.get();
        }
        pool.shutdown();
        note(followUps.size() + " follow-ups adopted in " + (System.nanoTime() - start) / 1_000_000_000 + " s");
        return Sample.of(millis, 0);
    }

    private void bigFollowUp(Report report, long followUp) throws Exception {
        SamsparClient coordinator = Pages.signedIn(app.baseUrl(), SCALE.coordinatorOfAll(), TIMEOUT);
        Answered page = coordinator.fetch("/follow-up?id=" + followUp);
        report.bigFollowUpPage = page;
        report.bigAdoption = adopt(coordinator, followUp);
        note("the 1,000-activity follow-up: page before adoption " + Math.round(page.millis()) + " ms, adoption "
                + Math.round(report.bigAdoption.millis()) + " ms");
        String adoptedPage = coordinator.get("/follow-up?id=" + followUp);
        for (int i = 0; i < 3; i++) {
            Answered pdf = coordinator.followUpPdf(followUp, adoptedPage);
            if (pdf.status() != 200 || !pdf.body().startsWith("application/pdf")) {
                throw new IllegalStateException("the PDF answered " + pdf.status() + " " + pdf.body());
            }
            report.bigPdf.add(pdf);
            note("its PDF: " + Math.round(pdf.millis()) + " ms, " + pdf.bytes() + " bytes");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Pages under load

    /** A role's pages, each under 20 users, beside the trivial page measured the same way first. */
    private Map<String, Sample> measureRole(Role role, Pages.Ids ids) throws Exception {
        revive();
        List<SamsparClient> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(Pages.signedIn(app.baseUrl(), role.username(), TIMEOUT));
        }
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put(Pages.TRIVIAL.name(), underLoad(users, Pages.TRIVIAL));
        for (Page page : Pages.of(role, ids)) {
            samples.put(page.name(), underLoad(users, page));
            note(role + " " + page.name() + ": " + samples.get(page.name()));
            if (revive()) {
                brokeTheApp.add(Pages.key(role, page));
                users.clear();
                for (int i = 0; i < USERS; i++) {
                    users.add(Pages.signedIn(app.baseUrl(), role.username(), TIMEOUT));
                }
            }
        }
        return samples;
    }

    /** Every user visits the page once unmeasured, then the same number of measured times, all at once. */
    private Sample underLoad(List<SamsparClient> users, Page page) throws InterruptedException {
        AtomicInteger warmUpErrors = new AtomicInteger();
        List<Double> warmUp = run(users, page, 1, warmUpErrors);
        if (warmUpErrors.get() * 2 >= users.size()) { // mostly failing: measuring on would only take time
            return Sample.of(warmUp, warmUpErrors.get());
        }
        double typical = warmUp.isEmpty() ? TIMEOUT.toMillis() : median(warmUp);
        int rounds = (int) Math.max(MIN_ROUNDS, Math.min(MAX_ROUNDS, PER_PAGE.toMillis() / Math.max(1, typical)));
        AtomicInteger errors = new AtomicInteger();
        List<Double> millis = run(users, page, rounds, errors);
        return Sample.of(millis, errors.get());
    }

    private List<Double> run(List<SamsparClient> users, Page page, int rounds, AtomicInteger errors)
            throws InterruptedException {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<Callable<Void>> work = new ArrayList<>();
        for (SamsparClient user : users) {
            work.add(() -> {
                for (int r = 0; r < rounds; r++) {
                    try {
                        Answered a = page.visit(user);
                        if (a.ok()) {
                            millis.add(a.millis());
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.invokeAll(work);
        pool.shutdown();
        return millis;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Status reports and Derby's own rate

    /** 50 sessions of the coordinator of all, each reporting on its own activity (of its own agreement) for a minute. */
    private ReportRate statusReports(ScaleData.Built built) throws Exception {
        List<Long> activities = built.agreements().stream().map(a -> built.firstActivities().get(a)).limit(REPORTERS)
                .toList();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        List<SamsparClient> reporters = new ArrayList<>();
        List<String[]> pages = new ArrayList<>();
        for (long activity : activities) {
            SamsparClient c = Pages.signedIn(app.baseUrl(), SCALE.coordinatorOfAll(), TIMEOUT);
            String page = c.get("/activity?id=" + activity);
            reporters.add(c);
            pages.add(new String[] {SamsparClient.viewState(page), SamsparClient.nonce(page)});
        }
        ExecutorService pool = Executors.newFixedThreadPool(REPORTERS);
        AtomicLong end = new AtomicLong();
        long start = System.nanoTime();
        end.set(start + REPORTING.toNanos());
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            int me = i;
            work.add(() -> {
                String[] state = pages.get(me);
                for (int n = 0; System.nanoTime() < end.get(); n++) {
                    try {
                        Answered a = reporters.get(me).postReport(activities.get(me), state[0], state[1],
                                "IN_PROGRESS", 1 + n % 98, "benchmark-" + me + "-" + n);
                        if (SamsparClient.acknowledged(a)) {
                            acknowledged.incrementAndGet();
                            millis.add(a.millis());
                        } else if (a.body().contains("ndrade aktiviteten samtidigt")) {
                            refused.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                        state[0] = SamsparClient.viewState(a.body());
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                        String page = reporters.get(me).get("/activity?id=" + activities.get(me));
                        state[0] = SamsparClient.viewState(page);
                    }
                }
                return null;
            });
        }
        pool.invokeAll(work);
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        ReportRate rate = new ReportRate(acknowledged.get(), refused.get(), errors.get(), seconds, Sample.of(millis, 0));
        note("status reports: " + rate);
        return rate;
    }

    /** Inserts of a status-update-shaped row, each committed, from {@code threads} connections for 20 s. */
    private double rawDerbyRate(int threads) throws Exception {
        Path raw = dir.resolve("raw-derby-" + threads);
        String url = "jdbc:derby:" + raw.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url + ";create=true"); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE RAW_UPDATE (ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " ACTIVITY_ID BIGINT NOT NULL, STATUS VARCHAR(12) NOT NULL, LIGHT VARCHAR(6) NOT NULL,"
                    + " PROGRESS INTEGER NOT NULL, COMMENT_TEXT VARCHAR(4000), HOURS_SPENT DECIMAL(9, 2),"
                    + " REPORTED_BY VARCHAR(200) NOT NULL, REPORTER_ORG_ID BIGINT, REPORTED_AT TIMESTAMP NOT NULL)");
            st.executeUpdate("CREATE INDEX RAW_UPDATE_IX ON RAW_UPDATE (ACTIVITY_ID, REPORTED_AT)");
        }
        AtomicInteger commits = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + RAW_DERBY.toNanos();
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            work.add(() -> {
                try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO RAW_UPDATE (ACTIVITY_ID, STATUS, LIGHT, PROGRESS, COMMENT_TEXT, HOURS_SPENT,"
                                + " REPORTED_BY, REPORTER_ORG_ID, REPORTED_AT) VALUES (?, 'IN_PROGRESS', 'GREEN', ?, ?,"
                                + " NULL, 'benchmark', 1, ?)")) {
                    c.setAutoCommit(false);
                    for (int n = 0; System.nanoTime() < end; n++) {
                        ps.setLong(1, me);
                        ps.setInt(2, n % 98);
                        ps.setString(3, "benchmark-" + me + "-" + n);
                        ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
                        try {
                            ps.executeUpdate();
                            c.commit();
                            commits.incrementAndGet();
                        } catch (java.sql.SQLTransactionRollbackException contention) {
                            // 50 threads drawing identity values: Derby sometimes gives up on the sequence's lock.
                            // Not a commit, so not counted; the thread goes on as the application's retry would.
                            c.rollback();
                        }
                    }
                }
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(work)) {
            f.get();
        }
        pool.shutdown();
        double rate = commits.get() / ((System.nanoTime() - start) / 1e9);
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // a clean shutdown is reported as an exception
        }
        note("raw Derby, " + threads + " threads: " + Math.round(rate) + " commits/s");
        return rate;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Figures

    record Sample(int n, double p50, double p95, double max, int errors) {
        static Sample of(List<Double> millis, int errors) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return new Sample(0, Double.NaN, Double.NaN, Double.NaN, errors);
            }
            return new Sample(sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                    sorted.get(sorted.size() - 1), errors);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d p50=%.0f ms p95=%.0f ms max=%.0f ms errors=%d", n, p50, p95, max,
                    errors);
        }
    }

    record ReportRate(int acknowledged, int refused, int errors, double seconds, Sample latency) {
        double perSecond() {
            return acknowledged / seconds;
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return percentile(sorted, 50);
    }

    /** Everything measured, and how it reads in docs/performance.md. */
    final class Report {
        ZonedDateTime started;
        String commit;
        String loadBefore;
        String loadAfter;
        Duration demoStart;
        final List<Duration> emptyStarts = new ArrayList<>();
        final List<Duration> nationalStarts = new ArrayList<>();
        Map<String, Answered> onDemo;
        Map<String, Answered> onNational;
        ScaleData.Built built;
        Sample adoptions;
        final Map<Role, Map<String, Sample>> loadByRole = new LinkedHashMap<>();
        ReportRate reports;
        double rawDerby50;
        double rawDerby1;
        Answered bigFollowUpPage;
        Answered bigAdoption;
        final List<Answered> bigPdf = new ArrayList<>();

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("Run of `mvn -B verify -Pbenchmark` on ")
                    .append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append(", commit `")
                    .append(commit).append("`.\n\n");
            md.append("Machine: ").append(machine()).append(". Load average (1, 5, 15 min) before the run: ")
                    .append(loadBefore).append("; after: ").append(loadAfter).append(". The app and the load")
                    .append(" generator share the machine.\n\n");
            md.append("Data: ").append(built.agreements().size() + 1).append(" agreements (the demo agreement")
                    .append(" topped up to ").append(SCALE.demoActivities()).append(" activities, one of ")
                    .append(SCALE.bigAgreementActivities()).append("), ")
                    .append(built.activities()).append(" new activities (+16 of the demo), ").append(built.updates())
                    .append(" new status updates (+41), ").append(built.auditEntries()).append(" new audit entries, ")
                    .append(built.reportingFollowUps().size()).append(" annual follow-ups adopted through the app;")
                    .append(" built by SQL in ").append(built.took().toSeconds()).append(" s. Heap `-Xmx")
                    .append(HEAP).append("`.\n\n");

            md.append("### Targets\n\n| target | measured | met |\n|---|---|---|\n");
            List<String> p50Fails = new ArrayList<>();
            List<String> p95Fails = new ArrayList<>();
            double worstP50 = 0;
            double worstP95 = 0;
            for (Map.Entry<Role, Map<String, Sample>> role : loadByRole.entrySet()) {
                Sample trivial = role.getValue().get(Pages.TRIVIAL.name());
                for (Map.Entry<String, Sample> page : role.getValue().entrySet()) {
                    if (page.getKey().equals(Pages.TRIVIAL.name())) {
                        continue;
                    }
                    double r50 = page.getValue().p50() / trivial.p50();
                    double r95 = page.getValue().p95() / trivial.p95();
                    String name = role.getKey().name().toLowerCase() + ": " + page.getKey();
                    if (!(r50 <= 2) || page.getValue().errors() > 0) {
                        p50Fails.add(name);
                    }
                    if (!(r95 <= 3) || page.getValue().errors() > 0) {
                        p95Fails.add(name);
                    }
                    worstP50 = Math.max(worstP50, Double.isNaN(r50) ? Double.POSITIVE_INFINITY : r50);
                    worstP95 = Math.max(worstP95, Double.isNaN(r95) ? Double.POSITIVE_INFINITY : r95);
                }
            }
            int pages = loadByRole.values().stream().mapToInt(m -> m.size() - 1).sum();
            md.append(row("every page's p50 ≤ 2 × the trivial page's (20 users)", (pages - p50Fails.size()) + " of "
                    + pages + " pages; worst " + ratio(worstP50), p50Fails.isEmpty()));
            md.append(row("every page's p95 ≤ 3 × the trivial page's (20 users)", (pages - p95Fails.size()) + " of "
                    + pages + " pages; worst " + ratio(worstP95), p95Fails.isEmpty()));
            long largest = onNational.values().stream().mapToLong(Answered::bytes).max().orElse(0);
            long over = onNational.values().stream().filter(a -> a.bytes() > 300 * 1024).count();
            md.append(row("no page over 300 KB of HTML", over + " of " + onNational.size() + " over; largest "
                    + kb(largest), over == 0));
            long differing = onDemo.keySet().stream().filter(k -> onDemo.get(k).statements()
                    != onNational.get(k).statements()).count();
            md.append(row("SQL statements per page equal on demo and national data", differing + " of "
                    + onDemo.size() + " differ", differing == 0));
            double share = reports.perSecond() / Math.max(rawDerby50, rawDerby1);
            md.append(row("status reports ≥ 50 % of raw Derby's commit rate", String.format(Locale.ROOT,
                    "%.1f/s vs %.0f/s (%.0f %%)", reports.perSecond(), Math.max(rawDerby50, rawDerby1), 100 * share),
                    share >= 0.5));
            double pdf = median(bigPdf.stream().map(Answered::millis).toList());
            md.append(row("adopting a 1,000-activity annual follow-up ≤ 2 s", ms(bigAdoption.millis()),
                    bigAdoption.millis() <= 2000));
            md.append(row("its PDF ≤ 2 s", ms(pdf) + " (median of 3)", pdf <= 2000));
            double ready = nationalStarts.stream().mapToLong(Duration::toMillis).min().orElse(0);
            double empty = emptyStarts.stream().mapToLong(Duration::toMillis).min().orElse(1);
            md.append(row("start to ready ≤ 2 × an empty Payara Micro", ms(ready) + " vs " + ms(empty) + " ("
                    + ratio(ready / empty) + ")", ready <= 2 * empty));
            md.append('\n');
            if (!p50Fails.isEmpty() || !p95Fails.isEmpty()) {
                md.append("Pages over the p50 bound: ").append(String.join(", ", p50Fails))
                        .append(".\n\nPages over the p95 bound: ").append(String.join(", ", p95Fails)).append(".\n\n");
            }

            for (Map.Entry<Role, Map<String, Sample>> role : loadByRole.entrySet()) {
                md.append("### ").append(roleTitle(role.getKey())).append(", 20 concurrent users\n\n");
                md.append("| page | p50 | p95 | p50 ÷ trivial | p95 ÷ trivial | samples | errors | HTML |"
                        + " statements demo → national |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
                Sample trivial = role.getValue().get(Pages.TRIVIAL.name());
                for (Map.Entry<String, Sample> page : role.getValue().entrySet()) {
                    Sample s = page.getValue();
                    String key = role.getKey().name().toLowerCase() + ": " + page.getKey();
                    Answered national = onNational.get(key);
                    Answered demo = onDemo.get(key);
                    String broke = brokeTheApp.contains(key) ? " (**out of memory**: app restarted)" : "";
                    md.append("| ").append(page.getKey()).append(broke).append(" | ").append(ms(s.p50())).append(" | ")
                            .append(ms(s.p95())).append(" | ").append(ratio(s.p50() / trivial.p50())).append(" | ")
                            .append(ratio(s.p95() / trivial.p95())).append(" | ").append(s.n()).append(" | ")
                            .append(s.errors()).append(" | ")
                            .append(national == null ? "–" : kb(national.bytes())).append(" | ")
                            .append(demo == null ? "–" : demo.statements() + " → " + national.statements())
                            .append(" |\n");
                }
                md.append('\n');
            }

            if (!brokeTheApp.isEmpty()) {
                md.append("The app ran out of memory (`-Xmx").append(HEAP).append("`: `java.lang.OutOfMemoryError` in its")
                        .append(" log, then errors for every request) while or right after these pages were measured,")
                        .append(" and was restarted (").append(restarts.stream().map(d -> ms(d.toMillis())).toList())
                        .append(" to ready) before the next: ").append(String.join(", ", brokeTheApp))
                        .append(". A sample count of 0 means the first round failed for at least half the users and")
                        .append(" the page was not measured further.\n\n");
            }
            md.append("### Writing, adopting, starting\n\n");
            md.append(String.format(Locale.ROOT, "- Status reports, %d reporters for %.0f s (each its own session and"
                            + " activity, posting the report dialog again as soon as the last was answered):"
                            + " %d acknowledged = **%.1f/s**, %d refused as conflicting, %d errors; latency p50 %s,"
                            + " p95 %s.%n", REPORTERS, reports.seconds(), reports.acknowledged(),
                    reports.perSecond(), reports.refused(), reports.errors(), ms(reports.latency().p50()),
                    ms(reports.latency().p95())));
            md.append(String.format(Locale.ROOT, "- Raw Derby in the benchmark's JVM, same disk, a row shaped like a"
                    + " status update inserted and committed: **%.0f/s** from %d threads, %.0f/s from 1.%n",
                    rawDerby50, REPORTERS, rawDerby1));
            md.append("- Adopting the other ").append(adoptions.n()).append(" annual follow-ups (about 100 activities"
                    + " each), two at a time: ").append(adoptions).append(".\n");
            md.append("- The 1,000-activity annual follow-up: its page before adoption (the live report) ")
                    .append(ms(bigFollowUpPage.millis())).append(", ").append(kb(bigFollowUpPage.bytes()))
                    .append(", ").append(bigFollowUpPage.statements()).append(" statements; **adoption ")
                    .append(ms(bigAdoption.millis())).append("** (").append(bigAdoption.statements())
                    .append(" statements); **PDF ").append(bigPdf.stream().map(a -> ms(a.millis())).toList())
                    .append("**, ").append(kb(bigPdf.get(0).bytes())).append(".\n");
            md.append("- Start to ready (`/health/ready` UP; the empty Micro: its listener answers), `-Xmx")
                    .append(HEAP).append("`: empty Payara Micro ")
                    .append(emptyStarts.stream().map(d -> ms(d.toMillis())).toList())
                    .append("; the app on the national data ")
                    .append(nationalStarts.stream().map(d -> ms(d.toMillis())).toList())
                    .append(" (the first right after the data was written); on an empty folder with the demo import ")
                    .append(ms(demoStart.toMillis())).append(".\n");
            return md.toString();
        }

        private String row(String target, String measured, boolean met) {
            return "| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
        }
    }

    private static String roleTitle(Role role) {
        return switch (role) {
            case COORDINATOR -> "Coordinator of the demo agreement (`samordnare`)";
            case PARTNER -> "Police partner (`polis`, Polismyndigheten: party to all 290 agreements)";
            case BOARD -> "Board member (`styrgrupp`, Huddinge kommun)";
            case ADMINISTRATOR -> "Administrator (`admin`: sees all agreements)";
        };
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : millis >= 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000)
                : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? "–" : String.format(Locale.ROOT, "%.1f×", r);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }

    /** A line of progress, kept at once in target/benchmark/log.txt, so that a run cut short leaves its figures. */
    private void note(String line) {
        String stamped = LocalDateTime.now().withNano(0) + " " + line;
        System.out.println("[benchmark] " + stamped);
        try {
            Files.writeString(dir.resolve("log.txt"), stamped + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[benchmark] could not keep the line: " + e);
        }
    }

    private void noteCounts(String data, Map<String, Answered> answers) {
        answers.forEach((page, a) -> note(data + " " + page + ": status " + a.status() + ", " + a.statements()
                + " statements, " + a.bytes() + " bytes, " + Math.round(a.millis()) + " ms alone"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Machine, commit, docs

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> ", " + Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB memory")
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it out
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + ")" + memory + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version");
    }

    private static Path repository() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("docs"))) {
            p = p.getParent();
        }
        return p;
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").directory(repository().toFile())
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            git.waitFor();
            return out;
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Replaces what lies between the markers in docs/performance.md (appends the markers when missing). */
    private static void writeIntoDocs(String markdown) throws IOException {
        Path doc = repository().resolve("docs/performance.md");
        String text = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String generated = BEGIN + "\n" + markdown + END;
        text = begin >= 0 && end > begin ? text.substring(0, begin) + generated + text.substring(end + END.length())
                : text + "\n" + generated + "\n";
        Files.writeString(doc, text);
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

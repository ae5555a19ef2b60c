package se.samspar.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import se.samspar.web.e2e.AppProcess;
import se.samspar.web.e2e.SamsparClient;

/**
 * The reliability promises, against the packaged application as a separate process on loopback: 100 users for a
 * minute without an error or a lost report; SIGKILL at random moments, ten times, without losing an acknowledged
 * report; an online backup restored as docs/operations.md says. Each prints its figures (docs/reliability.md).
 * Runs in the reliability profile ({@code -Preliability}, or {@code SAMSPAR_RELIABILITY=true} as .ci/run sets it).
 *
 * <p>The tests run side by side ({@code CONCURRENT}; the class itself, like every other, runs alone), each on its
 * own data folder and port, except the load test, which has the machine to itself ({@link #MACHINE}): a start of
 * Payara Micro leaves a third of two cores idle, so the backup, schedule and no-demo tests run while the kill test
 * restarts (the class 40–70 s shorter in the CI runs), without touching the load figures.
 */
class ReliabilityIT {
    /** Held exclusively by the load test and shared by the others, so that nothing runs beside the load test. */
    static final String MACHINE = "samspar.reliability.machine";
    static final String PASSWORD = "samspar-demo";
    /** The demo agreement's activities (ids 1–16), on which the demo coordinator may report. */
    static final int ACTIVITIES = 16;
    static final int USERS = Integer.getInteger("samspar.load.users", 100);
    static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("samspar.load.seconds", 60));
    static final int KILL_CYCLES = Integer.getInteger("samspar.kill.cycles", 10);
    /** Mean think time between a user's requests, in ms. */
    static final int THINK_MS = Integer.getInteger("samspar.load.think", 1000);

    private static Path folder(String name) {
        Path target = Path.of(System.getProperty("samspar.war", "target/samspar.war")).toAbsolutePath().getParent();
        try {
            return Files.createDirectories(target.resolve("reliability").resolve(name + "-" + System.nanoTime()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = MACHINE, mode = ResourceAccessMode.READ_WRITE)
    void hundredUsersForAMinuteWithoutAnErrorOrALostReport() throws Exception {
        Path dir = folder("load");
        AppProcess app = AppProcess.startForLoad(dir.resolve("data"), dir.resolve("server.log"));
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> conflicting = ConcurrentHashMap.newKeySet();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger reports = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try {
            // Everyone signs in first: 40 coordinators report and read, 30 partners read and page, 30 board members read.
            List<SamsparClient> clients = new ArrayList<>();
            List<String> roles = new ArrayList<>();
            ExecutorService signIns = Executors.newFixedThreadPool(8);
            List<Future<Boolean>> signedIn = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                String user = i % 10 < 4 ? "samordnare" : i % 10 < 7 ? "polis" : "styrgrupp";
                SamsparClient client = new SamsparClient(app.baseUrl());
                clients.add(client);
                roles.add(user);
                signedIn.add(signIns.submit(() -> client.signIn(user, PASSWORD)));
            }
            for (Future<Boolean> f : signedIn) {
                assertTrue(f.get(5, TimeUnit.MINUTES), "every user signs in");
            }
            signIns.shutdown();

            long deadline = System.nanoTime() + LOAD.toNanos();
            ExecutorService users = Executors.newFixedThreadPool(USERS);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                SamsparClient client = clients.get(i);
                String role = roles.get(i);
                Random random = new Random(i);
                int user = i;
                running.add(users.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < deadline) {
                        try {
                            Thread.sleep(THINK_MS / 2 + random.nextInt(THINK_MS)); // a user reads before the next click
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        long start = System.nanoTime();
                        try {
                            int pick = random.nextInt(10);
                            long activity = 1 + random.nextInt(ACTIVITIES);
                            if (role.equals("samordnare") && pick < 4) {
                                String token = "load-" + user + "-" + n++;
                                reports.incrementAndGet();
                                switch (client.answer(activity, "IN_PROGRESS", 1 + random.nextInt(98), token)) {
                                    case ACKNOWLEDGED -> acknowledged.add(token);
                                    case REFUSED_AS_CONFLICTING -> conflicting.add(token);
                                    default -> errors.add("report " + token + " neither acknowledged nor refused");
                                }
                            } else if (pick < 6 && !role.equals("styrgrupp")) {
                                client.tablePage(1, 0);
                            } else {
                                client.get(List.of("/", "/agreement?id=1", "/activities?agreement=1",
                                        "/dashboard?agreement=1", "/activity?id=" + activity, "/board",
                                        "/follow-ups?agreement=1").get(random.nextInt(7)));
                            }
                        } catch (IOException e) {
                            long into = LOAD.toSeconds() - (deadline - System.nanoTime()) / 1_000_000_000L;
                            errors.add(role + " at " + into + " s: " + e.getMessage());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        long took = (System.nanoTime() - start) / 1_000_000;
                        latencies.add(took);
                        slowest.accumulateAndGet(took, Math::max);
                        requests.incrementAndGet();
                    }
                }));
            }
            users.shutdown();
            assertTrue(users.awaitTermination(LOAD.toSeconds() + 180, TimeUnit.SECONDS), "no user hangs (no deadlock)");
            for (Future<?> f : running) {
                f.get();
            }
            assertTrue(app.isAlive());
        } finally {
            app.stop();
        }
        Set<String> found = comments(dir.resolve("data"), "load-");
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(found);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String figures = String.format("Load: %d users (think time %d ms on average) for %d s, %d requests (%.1f/s),"
                        + " %d errors, %d status reports sent,"
                        + " %d acknowledged, %d refused as conflicting (nothing saved, the user told), %d found afterwards,"
                        + " %d lost; median %d ms, 95th percentile %d ms, slowest %d ms",
                USERS, THINK_MS, LOAD.toSeconds(), requests.get(), requests.get() / (double) LOAD.toSeconds(), errors.size(),
                reports.get(), acknowledged.size(), conflicting.size(), found.size(), lost.size(), sorted.get(sorted.size() / 2),
                sorted.get((int) (sorted.size() * 0.95)), slowest.get());
        record(figures);
        assertEquals(List.of(), errors.stream().limit(20).toList(), "no errors");
        assertTrue(acknowledged.size() > 0);
        assertEquals(Set.of(), lost, "every acknowledged report is there");
        assertEquals(acknowledged, found, "and nothing unacknowledged slipped in");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = MACHINE, mode = ResourceAccessMode.READ)
    void killedAtRandomMomentsTheAppLosesNoAcknowledgedReport() throws Exception {
        Path dir = folder("kill");
        Path data = dir.resolve("data");
        Random random = new Random(42);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        List<String> cycles = new ArrayList<>();
        for (int cycle = 1; cycle <= KILL_CYCLES; cycle++) {
            long started = System.nanoTime();
            AppProcess app = AppProcess.start(data, dir.resolve("server.log"), true, List.of());
            long ready = (System.nanoTime() - started) / 1_000_000;
            // AppProcess.start has waited for /health/ready to report UP: the app came back healthy.
            int reporters = 4;
            ExecutorService pool = Executors.newFixedThreadPool(reporters);
            int thisCycle = cycle;
            AtomicInteger before = new AtomicInteger(acknowledged.size());
            java.util.concurrent.CountDownLatch reporting = new java.util.concurrent.CountDownLatch(1);
            for (int r = 0; r < reporters; r++) {
                int reporter = r;
                pool.submit(() -> {
                    SamsparClient client = new SamsparClient(app.baseUrl());
                    try {
                        if (!client.signIn("samordnare", PASSWORD)) {
                            return;
                        }
                        for (int n = 0; ; n++) {
                            String token = "kill-" + thisCycle + "-" + reporter + "-" + n;
                            attempts.incrementAndGet();
                            if (client.report(1 + (n + reporter) % ACTIVITIES, "IN_PROGRESS", 1 + n % 98, token)) {
                                acknowledged.add(token);
                                reporting.countDown();
                            }
                        }
                    } catch (IOException | InterruptedException killed) {
                        // The server went away mid-request: what it acknowledged before is what counts.
                    }
                });
            }
            // Killed at a random moment while the reports are flowing (after the first is acknowledged).
            assertTrue(reporting.await(120, TimeUnit.SECONDS), "reports flow in cycle " + cycle);
            Thread.sleep(500 + random.nextInt(5_000));
            app.kill();
            pool.shutdownNow();
            pool.awaitTermination(60, TimeUnit.SECONDS);
            cycles.add("cycle " + cycle + ": ready in " + ready + " ms, " + (acknowledged.size() - before.get())
                    + " reports acknowledged before SIGKILL");
        }
        AppProcess last = AppProcess.start(data, dir.resolve("server.log"), true, List.of());
        assertTrue(new SamsparClient(last.baseUrl()).get("/login").contains("login"));
        last.stop();
        Set<String> found = comments(data, "kill-");
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(found);
        record(String.format("Kill: %d SIGKILL cycles, %d reports attempted, %d acknowledged, %d found after restart"
                        + " (%d committed but killed before their answer), %d lost; the app came back healthy every time",
                KILL_CYCLES, attempts.get(), acknowledged.size(), found.size(), found.size() - acknowledged.size()
                        + lost.size(), lost.size()));
        cycles.forEach(ReliabilityIT::record);
        assertTrue(acknowledged.size() > 0);
        assertEquals(Set.of(), lost, "every acknowledged report survives SIGKILL");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = MACHINE, mode = ResourceAccessMode.READ)
    void backupAndRestore() throws Exception {
        Path dir = folder("backup");
        Path data = dir.resolve("data");
        Path backups = dir.resolve("backups");
        AppProcess app = AppProcess.start(data, dir.resolve("server.log"), true,
                List.of("samspar.backup.dir=" + backups));
        int inBackup;
        try {
            SamsparClient coordinator = new SamsparClient(app.baseUrl());
            assertTrue(coordinator.signIn("samordnare", PASSWORD));
            assertTrue(coordinator.report(2, "IN_PROGRESS", 33, "restore-before"));
            SamsparClient admin = new SamsparClient(app.baseUrl());
            assertTrue(admin.signIn("admin", PASSWORD));
            admin.backUpNow();
            // While the app runs and after the backup: a change the restore must take away.
            assertTrue(coordinator.report(2, "IN_PROGRESS", 44, "restore-after"));
        } finally {
            app.stop();
        }
        Path backup;
        try (Stream<Path> list = Files.list(backups)) {
            backup = list.filter(p -> p.getFileName().toString().startsWith("samspar-")).findFirst().orElseThrow()
                    .resolve("samspar");
        }
        inBackup = count(backup);
        assertEquals(Set.of("restore-before", "restore-after"), comments(data, "restore-"));

        // docs/operations.md, Restore: keep the current database aside, copy the backup into place, start.
        Files.move(data.resolve("samspar"), data.resolve("samspar-before-restore"));
        copy(backup, data.resolve("samspar"));
        AppProcess restored = AppProcess.start(data, dir.resolve("server.log"), true, List.of(
                "samspar.backup.dir=" + backups));
        try {
            SamsparClient coordinator = new SamsparClient(restored.baseUrl());
            assertTrue(coordinator.signIn("samordnare", PASSWORD));
            String page = coordinator.get("/activity?id=2");
            assertTrue(page.contains("restore-before"));
            assertFalse(page.contains("restore-after"));
        } finally {
            restored.stop();
        }
        assertEquals(Set.of("restore-before"), comments(data, "restore-"));
        assertEquals(inBackup, count(data.resolve("samspar")), "the restored database equals the backup");
        record("Backup and restore: online backup taken while running, a later change made, the backup restored as"
                + " docs/operations.md says: " + inBackup + " status updates in the backup, " + inBackup
                + " after the restore, the later change gone");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = MACHINE, mode = ResourceAccessMode.READ)
    void backupsAreTakenOnTheScheduleAndOnlyTheNewestKept() throws Exception {
        Path dir = folder("schedule");
        Path data = dir.resolve("data");
        Path backups = dir.resolve("backups");
        // Every 3.6 seconds, the newest two kept. The schedule runs from the deployment on, so the figure counts from
        // the start of the process (which takes longer while the other tests start theirs) to its stop.
        long started = System.nanoTime();
        AppProcess app = AppProcess.start(data, dir.resolve("server.log"), true, List.of(
                "samspar.backup.dir=" + backups, "samspar.backup.interval-hours=0.001", "samspar.backup.keep=2"));
        try {
            SamsparClient coordinator = new SamsparClient(app.baseUrl());
            assertTrue(coordinator.signIn("samordnare", PASSWORD));
            assertTrue(coordinator.report(3, "IN_PROGRESS", 20, "scheduled-backup"));
            // Wait for a backup to start after the report was acknowledged, then for the schedule to go on; stop just
            // after a backup is put in place, so that the stop does not race the next one.
            Thread.sleep(15_000);
            awaitNewBackup(backups);
        } finally {
            app.stop();
        }
        long ran = (System.nanoTime() - started) / 1_000_000_000L;
        int scheduled = Integer.parseInt(column(data.resolve("samspar"), "SELECT COUNT(*) FROM AUD_ENTRY"
                + " WHERE SUBJECT = 'BACKUP' AND SUMMARY LIKE '%scheduled%'").get(0));
        List<Path> kept;
        try (Stream<Path> list = Files.list(backups)) {
            kept = list.filter(p -> p.getFileName().toString().startsWith("samspar-")).sorted().toList();
        }
        assertTrue(scheduled >= 3, "scheduled backups taken in " + ran + " s at 3.6 s: " + scheduled);
        assertEquals(2, kept.size(), "the newest two kept of " + scheduled + ": " + kept);
        Path newest = kept.get(1).resolve("samspar");
        assertEquals(count(data.resolve("samspar")), count(newest), "the newest backup holds every status update");
        assertEquals(Set.of("scheduled-backup"), comments(newest.getParent(), "scheduled-"));
        record("Scheduled backups: " + scheduled + " taken by the schedule while the app ran (" + ran + " s from the"
                + " start of its process, every 3.6 s), the newest 2 kept, the newest holding all " + count(newest)
                + " status updates");
    }

    /** Waits (up to 20 s) until a backup folder appears that was not there when called. */
    private static void awaitNewBackup(Path backups) throws IOException, InterruptedException {
        Set<String> before = backupNames(backups);
        long end = System.nanoTime() + 20_000_000_000L;
        while (before.containsAll(backupNames(backups)) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }

    private static Set<String> backupNames(Path backups) throws IOException {
        try (Stream<Path> list = Files.list(backups)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("samspar-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = MACHINE, mode = ResourceAccessMode.READ)
    void withoutDemoModeThereAreNoDemoUsersAndNoKnownPassword() throws Exception {
        Path dir = folder("nodemo");
        AppProcess app = AppProcess.start(dir.resolve("data"), dir.resolve("server.log"), false, List.of());
        try {
            for (String user : List.of("samordnare", "polis", "styrgrupp", "admin")) {
                assertFalse(new SamsparClient(app.baseUrl()).signIn(user, PASSWORD), user);
            }
        } finally {
            app.stop();
        }
        assertEquals(0, users(dir.resolve("data").resolve("samspar")), "no accounts at all");
        record("Without demo mode: none of the four demo users can sign in, and the database holds no accounts");
    }

    static int users(Path database) throws SQLException {
        return Integer.parseInt(column(database, "SELECT COUNT(*) FROM IDN_USER_ACCOUNT").get(0));
    }

    /** The status-update comments that start with a prefix, read from the stopped application's database. */
    static Set<String> comments(Path data, String prefix) throws SQLException {
        return new HashSet<>(column(data.resolve("samspar"),
                "SELECT COMMENT_TEXT FROM ACT_STATUS_UPDATE WHERE COMMENT_TEXT LIKE '" + prefix + "%'"));
    }

    static int count(Path database) throws SQLException {
        return Integer.parseInt(column(database, "SELECT COUNT(*) FROM ACT_STATUS_UPDATE").get(0));
    }

    /** The first column of a query's rows, read from a database no process has open; Derby is shut down after. */
    private static List<String> column(Path database, String sql) throws SQLException {
        String url = "jdbc:derby:" + database;
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        } finally {
            shutdown(url);
        }
        return values;
    }

    private static void shutdown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Prints a figure and appends it to target/reliability/figures.txt, from which docs/reliability.md is written. */
    static synchronized void record(String figure) {
        System.out.println(figure);
        Path file = Path.of(System.getProperty("samspar.war", "target/samspar.war")).toAbsolutePath().getParent()
                .resolve("reliability").resolve("figures.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, figure + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

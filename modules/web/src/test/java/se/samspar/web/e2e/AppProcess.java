package se.samspar.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Samspår as a child process: the built WAR on Payara Micro with a given Derby folder, started, awaited until
 * {@code /health/ready} is UP, and stopped gracefully or killed (SIGKILL) — for the browser tests' shared server and
 * for the reliability tests, which kill and restart it on the same data.
 *
 * <p>Failsafe passes the Micro jar and the WAR as the system properties {@code payara.microJar} and
 * {@code samspar.war}; from an IDE the defaults under {@code target/} are used.
 */
public final class AppProcess {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(420);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 60;
    private static final String DEFAULT_HEAP = "768m";

    /**
     * One server: no cluster and no data grid at all (the grid takes a second of the start and is of no use to one
     * server, whose WAR, samspar.war, is not distributable).
     */
    static final List<String> SINGLE_NODE = List.of("--nocluster", "--nohazelcast");

    /** Payara Micro's log line when the WAR failed to deploy; the process keeps running, so stop waiting then. */
    private static final String DEPLOYMENT_FAILED = "Exception while loading the app";

    private final Process process;
    private final String baseUrl;
    private final Path log;
    private Duration startup;

    private AppProcess(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /**
     * Starts the application on a free port with the given data folder (demo data when {@code demo}), the log going
     * to {@code log}, and waits until it is ready. Extra settings are passed as system properties.
     */
    public static AppProcess start(Path dataDir, Path log, boolean demo, List<String> settings) {
        return start(dataDir, log, demo, settings, DEFAULT_HEAP);
    }

    /** As {@link #start(Path, Path, boolean, List)}, with the given maximum heap ({@code -Xmx}, e.g. {@code 512m}). */
    public static AppProcess start(Path dataDir, Path log, boolean demo, List<String> settings, String heap) {
        return start(dataDir, log, demo, settings, heap, briefServerOptions());
    }

    /**
     * As {@link #start(Path, Path, boolean, List)} with demo data, for a server that serves the whole run (the browser
     * tests'): without the brief servers' C1-only option, whose code is slower once the server has warmed up.
     */
    public static AppProcess startShared(Path dataDir, Path log) {
        return start(dataDir, log, true, List.of(), DEFAULT_HEAP, serverOptions());
    }

    /**
     * As {@link #start(Path, Path, boolean, List)} with demo data, but with the JVM's own compilers and collector and
     * none of the test servers' options: for a test that measures the server under load.
     */
    public static AppProcess startForLoad(Path dataDir, Path log) {
        return start(dataDir, log, true, List.of(), DEFAULT_HEAP, List.of());
    }

    private static AppProcess start(Path dataDir, Path log, boolean demo, List<String> settings, String heap,
                                    List<String> jvm) {
        List<String> properties = new java.util.ArrayList<>(List.of(
                "samspar.data.dir=" + dataDir,
                "samspar.demo=" + demo));
        properties.addAll(settings);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return launch(jvm, properties, heap, log, war(), SINGLE_NODE);
    }

    /**
     * A node of a cluster (issue 15): as {@link #start}, but samspar-cluster.war (distributable) with Payara Micro's
     * clustering options instead of {@link #SINGLE_NODE}'s (its data grid's discovery, name and port).
     */
    public static AppProcess startNode(Path dataDir, Path log, List<String> settings, List<String> clustering) {
        List<String> properties = new java.util.ArrayList<>(List.of("samspar.data.dir=" + dataDir, "samspar.demo=true"));
        properties.addAll(settings);
        return launch(serverOptions(), properties, DEFAULT_HEAP, log, clusterWar(), clustering);
    }

    /**
     * Payara Micro started the same way as the application, with the same heap and options, but nothing deployed;
     * ready when its HTTP listener answers (the yardstick for the application's own start-up time).
     */
    public static AppProcess startEmpty(Path log, String heap) {
        return launch(serverOptions(), List.of(), heap, log, null, SINGLE_NODE);
    }

    /** {@code deployed}: the WAR to deploy, or null for an empty Payara Micro. */
    private static AppProcess launch(List<String> jvm, List<String> properties, String heap, Path log, Path deployed,
                                     List<String> clustering) {
        boolean deploy = deployed != null;
        Path micro = microJar();
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Dsamspar.port=" + port, "-Xmx" + heap));
        command.addAll(jvm);
        properties.forEach(setting -> command.add("-D" + setting));
        command.addAll(List.of("-jar", micro.toString()));
        command.addAll(clustering);
        command.addAll(List.of("--disablephonehome",
                "--port", String.valueOf(port),
                "--contextroot", "/"));
        if (deploy) {
            command.addAll(List.of("--deploy", deployed.toString()));
        }
        Process process;
        long started = System.nanoTime();
        try {
            process = new ProcessBuilder(command)
                    .directory(targetDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Payara Micro: " + command, e);
        }
        AppProcess app = new AppProcess(process, "http://localhost:" + port, log);
        app.awaitReady(deploy);
        app.startup = Duration.ofNanos(System.nanoTime() - started);
        return app;
    }

    /** From starting the process to the first ready answer. */
    public Duration startup() {
        return startup;
    }

    /**
     * The JVM options the build gives every server of the tests (system property {@code it.server.jvm}, set by the web
     * pom: the serial collector and the {@link TestServerArchive}); none in the benchmark or an IDE.
     */
    static List<String> serverOptions() {
        return options("it.server.jvm");
    }

    /**
     * Those and {@code it.server.jvm.brief} (C1 only: some 5 s less per start, slower code after) for a server that
     * starts, serves a test's few requests and stops.
     */
    private static List<String> briefServerOptions() {
        List<String> brief = new java.util.ArrayList<>(serverOptions());
        brief.addAll(options("it.server.jvm.brief"));
        return brief;
    }

    private static List<String> options(String property) {
        String options = System.getProperty(property, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /**
     * Starts the application once with the given JVM options (among them {@code -XX:ArchiveClassesAtExit}) on an
     * empty folder with demo data, and stops it gracefully, so that the JVM writes what it loaded.
     */
    static void startAndStop(List<String> jvm, Path dataDir, Path log) {
        start(dataDir, log, true, List.of(), DEFAULT_HEAP, jvm).stop();
    }

    /** The operating system's id of the server process. */
    public long pid() {
        return process.pid();
    }

    /** The address of the application without a trailing slash, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The absolute address of a path such as {@code /agreement?id=1}. */
    public String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the JVM gets no chance to clean up, as when the machine loses power. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The folder the server's build output lives in (modules/web/target). */
    static Path targetDir() {
        return war().toAbsolutePath().getParent();
    }

    static String stamp() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    }

    /** The cluster's WAR, samspar-cluster.war beside samspar.war: the same, distributable (issue 15). */
    private static Path clusterWar() {
        Path war = war().resolveSibling("samspar-cluster.war");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException(war + " does not exist: build first with `mvn -o -q install -DskipTests`");
        }
        return war;
    }

    private static Path war() {
        return file("samspar.war", "target/samspar.war");
    }

    static Path microJar() {
        return file("payara.microJar", "target/payara-micro.jar");
    }

    private static Path file(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback)).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " (system property " + property + ") does not exist: build first with"
                    + " `mvn -o -q install -DskipTests` from the repository root");
        }
        return path;
    }

    /** Until /health/ready says UP, or (without the application) until the HTTP listener answers at all. */
    private void awaitReady(boolean application) {
        // HTTP/1.1 as browsers speak it without TLS: Java's default, HTTP/2 by an h2c upgrade, can deadlock two of
        // Grizzly's threads when it meets the listener before the application is deployed (seen as a start that never
        // answered /health/ready; Http2Session.deregisterStream against DefaultOutputSink.terminate).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + (application ? "/health/ready" : "/")))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        String lastAnswer = "none";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue()
                        + " before the application was ready; end of " + log + ":\n" + logTail());
            }
            if (logContains(DEPLOYMENT_FAILED)) {
                stop();
                throw new IllegalStateException("Payara Micro could not deploy " + war() + "; end of " + log + ":\n"
                        + logTail());
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (!application || response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
                lastAnswer = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString(); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while waiting for Payara Micro", e);
            }
            sleep(Duration.ofMillis(250)); // fine-grained: the benchmark times the start-up
        }
        String threads = threadsOfTheApplication();
        stop();
        throw new IllegalStateException("the application did not report UP on " + baseUrl + "/health/ready within "
                + STARTUP_TIMEOUT.toSeconds() + " s; its last answer: " + lastAnswer + "; its threads in Samspår, Derby,"
                + " Flyway, EJB, HTTP or health code (all of them beside the log):\n" + threads + "\nend of " + log + ":\n" + logTail());
    }

    /**
     * The stacks of the application's threads that run Samspår, Derby, Flyway or EJB container code (jcmd Thread.print),
     * so that a start that hangs says where.
     */
    private String threadsOfTheApplication() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true).start();
            String all = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            dump.waitFor(30, TimeUnit.SECONDS);
            Files.writeString(log.resolveSibling("threads-" + stamp() + ".txt"), all); // the whole dump, for later
            StringBuilder found = new StringBuilder();
            for (String thread : all.split("\n\n")) {
                if (thread.contains("se.samspar") || thread.contains("org.apache.derby") || thread.contains("flyway")
                        || thread.contains("ejb.") || thread.contains("http-thread-pool") || thread.contains("health")) {
                    found.append(thread.length() > 4000 ? thread.substring(0, 4000) + "\n[…]" : thread).append("\n\n");
                }
            }
            return found.length() == 0 ? "(none; " + all.lines().count() + " lines of threads)" : found.toString();
        } catch (IOException e) {
            return "(no thread dump: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump: interrupted)";
        }
    }

    /** Stops the application gracefully (SIGTERM), killing it if it does not end in time. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private boolean logContains(String text) {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** The last lines of the log, preceded by its first SEVERE entry (where the cause usually is) if that is earlier. */
    String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            int tail = Math.max(0, lines.size() - LOG_TAIL_LINES);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < tail; i++) {
                if (lines.get(i).contains("SEVERE")) {
                    int end = Math.min(tail, i + LOG_TAIL_LINES);
                    text.append(String.join("\n", lines.subList(i, end))).append("\n[…]\n");
                    break;
                }
            }
            return text.append(String.join("\n", lines.subList(tail, lines.size()))).toString();
        } catch (IOException e) {
            return "(could not read the log: " + e + ")";
        }
    }

    /** A free TCP port on this machine (HTTP, and a cluster's data grid). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package se.samspar.web.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The class archive (AppCDS) the test servers start from: a run of the integration tests starts some 45 servers, and
 * one that maps the classes Payara Micro loads instead of reading them is ready some 3 s sooner. When the servers'
 * options ({@code it.server.jvm}) name an archive ({@code -XX:SharedArchiveFile=…}) that is missing or older than the
 * Micro jar, this records it before the first test, from one start and stop of the application (~30 s). Registered in
 * META-INF/services; a no-op where the option is not given (unit tests, the benchmark, an IDE).
 */
public final class TestServerArchive implements LauncherSessionListener {
    private static final String OPTION = "-XX:SharedArchiveFile=";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        List<String> jvm = AppProcess.serverOptions();
        jvm.stream().filter(o -> o.startsWith(OPTION)).findFirst()
                .map(o -> Path.of(o.substring(OPTION.length())))
                .filter(TestServerArchive::missingOrStale)
                .ifPresent(archive -> record(jvm, archive));
    }

    /** One start and stop of the application writing the archive; a failure only warns (the servers start without). */
    private static void record(List<String> jvm, Path archive) {
        try {
            Files.deleteIfExists(archive);
            Path dir = Files.createDirectories(AppProcess.targetDir().resolve("test-server-archive"));
            List<String> recording = Stream.concat(jvm.stream().filter(o -> !o.startsWith(OPTION)),
                    Stream.of("-XX:ArchiveClassesAtExit=" + archive)).toList();
            AppProcess.startAndStop(recording, dir.resolve("data-" + AppProcess.stamp()), dir.resolve("server.log"));
        } catch (IOException | RuntimeException e) {
            System.err.println("WARNING: the test servers' class archive was not recorded: " + e);
        }
    }

    private static boolean missingOrStale(Path archive) {
        try {
            return !Files.isRegularFile(archive) || Files.getLastModifiedTime(archive)
                    .compareTo(Files.getLastModifiedTime(AppProcess.microJar())) < 0;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}

package se.samspar.web.e2e;

import java.nio.file.Path;

/**
 * The whole application for the browser tests: the built WAR on Payara Micro in demo mode, as a child process with
 * its own empty Derby folder under target/. Started once, on first use, and shared by every browser test class in the
 * JVM; a shutdown hook stops it when the JVM ends.
 */
public final class AppServer {
    private static AppProcess instance;
    private static RuntimeException startupFailure;

    private AppServer() {
    }

    /** The running application, started on the first call; if that start failed, every later call fails alike. */
    public static synchronized AppProcess get() {
        if (startupFailure != null) {
            throw new IllegalStateException("the application failed to start earlier in this JVM", startupFailure);
        }
        if (instance == null) {
            try {
                Path target = AppProcess.targetDir();
                Path log = target.resolve("e2e-server.log");
                log.toFile().delete();
                AppProcess started = AppProcess.startShared(target.resolve("e2e-db-" + AppProcess.stamp()), log);
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "samspar-e2e-server-stop"));
                instance = started;
            } catch (RuntimeException e) {
                startupFailure = e;
                throw e;
            }
        }
        return instance;
    }

    /** The address of the application without a trailing slash, e.g. {@code http://localhost:41234}. */
    public static String baseUrl() {
        return get().baseUrl();
    }

    /** The absolute address of a path such as {@code /agreement?id=1}. */
    public static String url(String path) {
        return get().url(path);
    }

    /** The folder the server's build output lives in (modules/web/target). */
    static Path targetDir() {
        return AppProcess.targetDir();
    }
}

package se.samspar.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What a test made inside the container (ids, secrets, user names), handed to its steps that run in the test JVM
 * ({@code @RunAsClient}) and back: a file under target/, which both sides see, beside the container's data folder.
 */
final class HandOver {
    private HandOver() {
    }

    static void store(String name, Properties made) throws IOException {
        try (OutputStream out = Files.newOutputStream(file(name))) {
            made.store(out, name + ": made in the container, for the test JVM");
        }
    }

    static Properties load(String name) throws IOException {
        Properties made = new Properties();
        try (InputStream in = Files.newInputStream(file(name))) {
            made.load(in);
        }
        return made;
    }

    /** target/name.properties: inside the container the data folder is target/it-db; the test JVM runs in the module. */
    private static Path file(String name) {
        String data = System.getProperty("samspar.data.dir");
        Path target = data == null ? Path.of("target") : Path.of(data).toAbsolutePath().getParent();
        return target.resolve(name + ".properties");
    }
}

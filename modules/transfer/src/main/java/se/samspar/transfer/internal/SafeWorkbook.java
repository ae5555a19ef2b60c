package se.samspar.transfer.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samspar.platform.api.FieldProblem;
import se.samspar.transfer.api.ImportRefused;

/**
 * Opens an uploaded XLSX file only after looking inside it without trusting it: an XLSX file is a zip
 * archive, so its entries are inflated here first, counting the bytes really produced (not the sizes the
 * archive claims), and the file is refused when they grow past {@link #MAX_INFLATED} bytes, past
 * {@link #MAX_RATIO} times the file or past {@link #MAX_ENTRIES} entries (a zip bomb); when it holds a VBA
 * project or declares a macro-enabled content type (.xlsm, .xltm); or when it is no zip archive at all.
 * Only then does POI parse it (with its own zip-bomb guard still on).
 */
final class SafeWorkbook {
    static final long MAX_INFLATED = 100L * 1024 * 1024;
    static final int MAX_RATIO = 200;
    static final int MAX_ENTRIES = 2_000;
    /** Below this much inflated data no ratio is suspicious: small files of repeated text pack very well. */
    private static final long RATIO_FLOOR = 2L * 1024 * 1024;

    private SafeWorkbook() {
    }

    /** Whether the bytes begin as a zip archive does. */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static XSSFWorkbook open(String fileName, byte[] bytes) {
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).matches(".*\\.(xlsm|xltm|xlam)$")) {
            throw refused(fileName, "samspar.import.xlsx.macros", Map.of());
        }
        inspect(fileName, bytes);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI's own refusals (its zip-bomb guard among them) and broken parts: the file is not readable, whole.
            throw refused(fileName, "samspar.import.xlsx.malformed", Map.of());
        }
    }

    private static void inspect(String fileName, byte[] bytes) {
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb(fileName);
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
                    throw refused(fileName, "samspar.import.xlsx.macros", Map.of());
                }
                boolean contentTypes = name.equals("[content_types].xml");
                StringBuilder types = contentTypes ? new StringBuilder() : null;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > MAX_INFLATED || (inflated > RATIO_FLOOR && inflated > (long) MAX_RATIO * bytes.length)) {
                        throw bomb(fileName);
                    }
                    if (types != null && types.length() < 1_000_000) {
                        types.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
                if (types != null && types.toString().toLowerCase(Locale.ROOT).contains("macroenabled")) {
                    throw refused(fileName, "samspar.import.xlsx.macros", Map.of());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused(fileName, "samspar.import.xlsx.malformed", Map.of());
        }
        if (entries == 0) {
            throw refused(fileName, "samspar.import.xlsx.malformed", Map.of());
        }
    }

    private static ImportRefused bomb(String fileName) {
        return refused(fileName, "samspar.import.xlsx.zipBomb", Map.of("max", MAX_INFLATED));
    }

    static ImportRefused refused(String fileName, String key, Map<String, Object> arguments) {
        return new ImportRefused(fileName, List.of(new FieldProblem("$", key, arguments)));
    }
}

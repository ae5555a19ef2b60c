package se.samspar.transfer.internal;

import java.util.HashMap;
import java.util.Map;
import se.samspar.platform.api.FieldProblem;

/**
 * Where each JSON path of a file read from a workbook came from: the cell of a field, the first cell of
 * an object's row. A problem found later at a JSON path (by Bean Validation, the file's rules or a service)
 * is told at the nearest place known: the path itself, else its parent, and so on.
 */
final class Places {
    private final Map<String, String> cells = new HashMap<>();
    private final String fallback;

    Places(String fallback) {
        this.fallback = fallback;
    }

    void put(String path, String cell) {
        cells.putIfAbsent(path, cell);
    }

    String of(String path) {
        for (String p = path; p != null && !p.isEmpty(); p = parent(p)) {
            String cell = cells.get(p);
            if (cell != null) {
                return cell;
            }
        }
        return fallback;
    }

    FieldProblem at(FieldProblem p) {
        return new FieldProblem(of(p.field()), p.key(), p.arguments());
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}

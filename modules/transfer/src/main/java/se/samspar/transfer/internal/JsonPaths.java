package se.samspar.transfer.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samspar.platform.api.FieldProblem;

/**
 * Bean Validation's violations of an {@code AgreementFile} as problems at JSON paths. The records'
 * components carry the JSON field names, so a property path becomes a JSON path node by node: a
 * property is {@code .name}, its place in a list {@code [index]}; the nodes Bean Validation adds for
 * list elements themselves ({@code <list element>}) and for the bean have no name in the file. So
 * {@code agreement → priorityAreas → activities[3] → title} is {@code agreement.priorityAreas[0].activities[3].title}.
 */
final class JsonPaths {
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /** Problems by path, indexes compared as numbers (so {@code [2]} before {@code [10]}), then by key. */
    static final Comparator<FieldProblem> FILE_ORDER =
            Comparator.comparing((FieldProblem p) -> sortable(p.field())).thenComparing(FieldProblem::key);

    private JsonPaths() {
    }

    /** The JSON path of a property path; {@code $} for the document itself. */
    static String of(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return out.length() == 0 ? "$" : out.toString();
    }

    /** Each violation as a problem at its JSON path, in file order. */
    static List<FieldProblem> problems(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(JsonPaths::problem).sorted(FILE_ORDER).toList();
    }

    /** One violation, at its JSON path. */
    static FieldProblem problem(ConstraintViolation<?> v) {
        return FieldProblem.of(v, of(v.getPropertyPath()));
    }

    private static String sortable(String path) {
        Matcher m = INDEX.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "[" + "0".repeat(Math.max(0, 10 - m.group(1).length())) + m.group(1) + "]");
        }
        return m.appendTail(out).toString();
    }
}

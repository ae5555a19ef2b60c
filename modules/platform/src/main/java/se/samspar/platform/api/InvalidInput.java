package se.samspar.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Input refused before anything was written. Names every offending field with a message key,
 * so each page can show the message at its field in the user's language.
 */
public class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message(Locales.ENGLISH))
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String key) {
        return new InvalidInput(List.of(new FieldProblem(field, key)));
    }

    /**
     * The same problems under the names a form gives their fields, where the form's differ from the service's
     * ({@code rename} gets each field that is named; a problem of the whole input stays unnamed).
     */
    public InvalidInput withFields(UnaryOperator<String> rename) {
        return new InvalidInput(problems.stream().map(p -> p.field() == null ? p
                : new FieldProblem(rename.apply(p.field()), p.key(), p.arguments())).toList());
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public String message(Locale locale) {
        return problems.stream().map(p -> p.field() + ": " + p.message(locale)).collect(Collectors.joining("; "));
    }
}

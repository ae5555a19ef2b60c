package se.samspar.platform.api;

import java.util.List;
import java.util.Locale;
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

    public List<FieldProblem> problems() {
        return problems;
    }

    public String message(Locale locale) {
        return problems.stream().map(p -> p.field() + ": " + p.message(locale)).collect(Collectors.joining("; "));
    }
}

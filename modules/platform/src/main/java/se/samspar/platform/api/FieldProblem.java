package se.samspar.platform.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One refused input: the field (a property path such as {@code title} or
 * {@code agreement.parties[2].organisation}) and a message key of the {@code ValidationMessages}
 * bundle, with the values its placeholders name.
 */
public record FieldProblem(String field, String key, Map<String, Object> arguments) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public FieldProblem {
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }

    public FieldProblem(String field, String key) {
        this(field, key, Map.of());
    }

    /**
     * A Bean Validation violation at the given field: the key is the constraint's template without braces, the
     * arguments the constraint's numbers and texts ({@code max}, {@code integer}, {@code fraction}, …).
     */
    public static FieldProblem of(jakarta.validation.ConstraintViolation<?> v, String field) {
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        Map<String, Object> arguments = new java.util.HashMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (value instanceof Number || value instanceof CharSequence) {
                arguments.put(name, value);
            }
        });
        return new FieldProblem(field, key, arguments);
    }

    /** The message in the given language (Swedish is the bundle's base). */
    public String message(Locale locale) {
        String template;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages",
                    locale == null ? Locales.SWEDISH : locale, FieldProblem.class.getClassLoader(), NO_FALLBACK);
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            template = key;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = arguments.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : format(value, locale)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Numbers as the language writes them ("4 000" in Swedish, "4,000" in English), not as the JVM's default. */
    private static String format(Object value, Locale locale) {
        return value instanceof Number
                ? new MessageFormat("{0}", locale == null ? Locales.SWEDISH : locale).format(new Object[] {value})
                : String.valueOf(value);
    }

    /** The field prefixed with a parent path, for problems found in nested input. */
    public FieldProblem under(String parent) {
        return new FieldProblem(parent == null || parent.isEmpty() ? field : parent + "." + field, key, arguments);
    }
}

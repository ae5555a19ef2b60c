package se.samspar.web.api;

import java.util.Locale;
import se.samspar.platform.api.InvalidInput;

/** Query parameters that name one of a set of values: any case, '-' for '_'; anything else is refused at the field. */
final class Choices {
    private Choices() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "samspar.api.unknownValue");
        }
    }
}

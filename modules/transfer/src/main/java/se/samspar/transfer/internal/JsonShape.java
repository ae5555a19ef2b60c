package se.samspar.transfer.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.samspar.platform.api.FieldProblem;

/**
 * Whether each value of a JSON document is of the kind its record component takes, before JSON-B
 * binds it: a string for text, dates and enums (a date that parses, an enum constant that exists),
 * an integral number that fits an {@code int} for {@code Integer}, a number for {@code BigDecimal}
 * (its size is Bean Validation's to judge), {@code true} or {@code false}, an array of such values
 * for a {@code List}, an object for a record. JSON-B alone would refuse a wrong value without saying
 * where, and would take {@code "2"} for a number or {@code 2.5} for an integer; this names the JSON
 * path of each wrong value and accepts nothing JSON-B would bend. Absent and null values are left to
 * Bean Validation; fields the records do not know are ignored, as JSON-B ignores them.
 */
final class JsonShape {
    static final String TYPE = "samspar.import.type";
    static final String VALUE = "samspar.import.value";

    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonShape() {
    }

    /** The problems of the document read as the record type, in document order. */
    static List<FieldProblem> check(JsonObject document, Class<? extends Record> type) {
        JsonShape shape = new JsonShape();
        shape.record(document, type, "");
        return List.copyOf(shape.problems);
    }

    private void record(JsonObject object, Class<?> type, String path) {
        for (RecordComponent c : type.getRecordComponents()) {
            JsonValue v = object.get(c.getName());
            if (v != null && v.getValueType() != ValueType.NULL) {
                value(v, c.getGenericType(), path.isEmpty() ? c.getName() : path + "." + c.getName());
            }
        }
    }

    private void value(JsonValue v, Type type, String path) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (v.getValueType() != ValueType.ARRAY) {
                type(path, "array");
                return;
            }
            JsonArray array = v.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                value(array.get(i), list.getActualTypeArguments()[0], path + "[" + i + "]");
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            if (v.getValueType() == ValueType.OBJECT) {
                record(v.asJsonObject(), c, path);
            } else {
                type(path, "object");
            }
        } else if (c == String.class) {
            text(v, path);
        } else if (c == Integer.class) {
            integer(v, path);
        } else if (c == BigDecimal.class) {
            if (v.getValueType() != ValueType.NUMBER) {
                type(path, "number");
            }
        } else if (c == Boolean.class) {
            if (v.getValueType() != ValueType.TRUE && v.getValueType() != ValueType.FALSE) {
                type(path, "boolean");
            }
        } else if (c == LocalDate.class) {
            parsed(v, path, LocalDate::parse);
        } else if (c == LocalDateTime.class) {
            parsed(v, path, LocalDateTime::parse);
        } else if (c.isEnum()) {
            String s = text(v, path);
            if (s != null && Arrays.stream(c.getEnumConstants()).noneMatch(e -> ((Enum<?>) e).name().equals(s))) {
                problems.add(new FieldProblem(path, VALUE, Map.of("detail", s)));
            }
        } else {
            throw new IllegalArgumentException("The import format has no JSON shape for " + c);
        }
    }

    private void type(String path, String expected) {
        problems.add(new FieldProblem(path, TYPE, Map.of("expected", expected)));
    }

    /** The string, or null with the problem noted. */
    private String text(JsonValue v, String path) {
        if (v.getValueType() != ValueType.STRING) {
            type(path, "string");
            return null;
        }
        return ((JsonString) v).getString();
    }

    private void integer(JsonValue v, String path) {
        if (v.getValueType() != ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            type(path, "integer");
            return;
        }
        try {
            ((JsonNumber) v).intValueExact();
        } catch (ArithmeticException e) {
            problems.add(new FieldProblem(path, VALUE, Map.of("detail", v.toString())));
        }
    }

    private void parsed(JsonValue v, String path, Function<String, ?> parse) {
        String s = text(v, path);
        if (s != null) {
            try {
                parse.apply(s);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(path, VALUE, Map.of("detail", s)));
            }
        }
    }
}

package se.samspar.transfer.internal;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.samspar.platform.api.FieldProblem;
import se.samspar.transfer.api.AgreementImports;
import se.samspar.transfer.api.ImportRefused;
import se.samspar.transfer.domain.AgreementFile;
import se.samspar.transfer.domain.FileRules;

/**
 * Reads a {@code samspar-agreement/1} file into an {@link AgreementFile} that may be written, or
 * refuses it with the file's name and the JSON path of each problem. In steps, each refusing the
 * file before the next: at most {@link AgreementImports#MAX_BYTES}; well-formed JSON (JSON-P, which
 * also refuses a number of more than 1100 characters) whose top level is an object; the
 * {@code format}; each value of the kind its field takes ({@link JsonShape}); then JSON-B binds the
 * records and Bean Validation checks them (lengths, patterns, free text, ranges, decimals that fit
 * their columns; {@link JsonPaths}); last the rules across the file ({@link FileRules}). Nothing is
 * rounded or computed from a number before Bean Validation has found it fits.
 */
final class AgreementFileReader {
    private static final String MALFORMED = "samspar.import.malformed";

    private final Jsonb jsonb;
    private final Validator validator;
    private final int maxBytes;

    AgreementFileReader(Jsonb jsonb, Validator validator) {
        this(jsonb, validator, AgreementImports.MAX_BYTES);
    }

    AgreementFileReader(Jsonb jsonb, Validator validator, int maxBytes) {
        this.jsonb = jsonb;
        this.validator = validator;
        this.maxBytes = maxBytes;
    }

    /**
     * A file read from elsewhere (the XLSX workbook) checked as a JSON file is: Bean Validation, then the rules
     * across the file; each problem told where {@code place} says its JSON path came from.
     */
    AgreementFile checked(String fileName, AgreementFile file, UnaryOperator<FieldProblem> place) {
        refuseIfAny(fileName, JsonPaths.problems(validator.validate(file)).stream().map(place).toList());
        refuseIfAny(fileName, FileRules.check(file).stream().map(place).toList());
        return file;
    }

    AgreementFile read(String fileName, InputStream in) {
        byte[] bytes = bytes(fileName, in, maxBytes);
        JsonObject document = parse(fileName, bytes);
        refuseIfAny(fileName, format(document));
        refuseIfAny(fileName, JsonShape.check(document, AgreementFile.class));
        AgreementFile file;
        try {
            file = jsonb.fromJson(new ByteArrayInputStream(bytes), AgreementFile.class);
        } catch (JsonbException e) {
            // JsonShape has let through only what binds; should JSON-B still refuse, the file is refused whole.
            throw refusal(fileName, "$", MALFORMED, Map.of("detail", String.valueOf(e.getMessage())));
        }
        refuseIfAny(fileName, JsonPaths.problems(validator.validate(file)));
        refuseIfAny(fileName, FileRules.check(file));
        return file;
    }

    private static byte[] bytes(String fileName, InputStream in, int maxBytes) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw refusal(fileName, "$", MALFORMED, Map.of("detail", String.valueOf(e.getMessage())));
        }
        if (bytes.length > maxBytes) {
            throw refusal(fileName, "$", "samspar.import.tooLarge", Map.of("max", maxBytes));
        }
        return bytes;
    }

    private static JsonObject parse(String fileName, byte[] bytes) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != ValueType.OBJECT) {
                throw refusal(fileName, "$", JsonShape.TYPE, Map.of("expected", "object"));
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            String where = e.getLocation() == null ? "$" : "line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw refusal(fileName, where, MALFORMED, Map.of("detail", String.valueOf(e.getMessage())));
        } catch (JsonException | UnsupportedOperationException e) {
            // The parser refuses a number of more than 1100 characters with the latter.
            throw refusal(fileName, "$", MALFORMED, Map.of("detail", String.valueOf(e.getMessage())));
        }
    }

    /** The {@code format} field first: a file of another format is not judged by this one's rules. */
    private static List<FieldProblem> format(JsonObject document) {
        JsonValue v = document.get("format");
        if (v == null || v.getValueType() == ValueType.NULL) {
            return List.of(new FieldProblem("format", "samspar.required"));
        }
        if (v.getValueType() != ValueType.STRING) {
            return List.of(new FieldProblem("format", JsonShape.TYPE, Map.of("expected", "string")));
        }
        String format = ((JsonString) v).getString();
        if (format.isBlank()) {
            return List.of(new FieldProblem("format", "samspar.required"));
        }
        return AgreementImports.FORMAT.equals(format) ? List.of()
                : List.of(new FieldProblem("format", "samspar.import.format", Map.of("expected", AgreementImports.FORMAT)));
    }

    private static void refuseIfAny(String fileName, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ImportRefused(fileName, problems);
        }
    }

    private static ImportRefused refusal(String fileName, String where, String key, Map<String, Object> arguments) {
        return new ImportRefused(fileName, List.of(new FieldProblem(where, key, arguments)));
    }
}

package se.samspar.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.Locales;
import se.samspar.web.faces.Messages;

/**
 * An RFC 9457 problem detail, as every error of the API answers ({@value #MEDIA_TYPE}): a type, the status, a title
 * and detail in the caller's language, the path asked for, and for refused input each field's problem. Never a
 * stack trace.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details", example = "{\"type\": "
        + "\"urn:samspar:problem:stale\", \"title\": \"Precondition failed\", \"status\": 412, \"detail\": "
        + "\"The activity has changed since it was read (If-Match does not match its ETag). Nothing was saved.\", "
        + "\"instance\": \"/api/v1/activities/17/status-reports\"}")
public record Problem(
        String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused field: its name as the request wrote it, and why, in the caller's language. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }

    /** A problem of the given status with the bundle's title and detail (api.problem.STATUS[.detail]). */
    static Problem of(int status, String slug, Locale locale, String instance, Object... detailArguments) {
        String detail = Messages.in(locale, "api.problem." + status + ".detail");
        return new Problem("urn:samspar:problem:" + slug, title(status, locale), status,
                detail.startsWith("api.problem.") ? null
                        : new MessageFormat(detail.replace("'", "''"), locale).format(detailArguments),
                instance, null);
    }

    static Problem invalid(List<FieldProblem> problems, Locale locale, String instance) {
        return new Problem("urn:samspar:problem:invalid-input", title(400, locale), 400,
                Messages.in(locale, "api.problem.400.detail"), instance,
                problems.stream().map(p -> new FieldError(p.field(), p.message(locale))).toList());
    }

    static Problem withDetail(int status, String slug, Locale locale, String instance, String detailKey) {
        return new Problem("urn:samspar:problem:" + slug, title(status, locale), status,
                Messages.in(locale, detailKey), instance, null);
    }

    private static String title(int status, Locale locale) {
        String title = Messages.in(locale, "api.problem." + status);
        return title.startsWith("api.problem.") ? Messages.in(locale, "api.problem." + (status >= 500 ? 500 : 400))
                : title;
    }

    String json() {
        return Json.INSTANCE.toJson(this);
    }

    /** Created on first use: JSON-B is the server's, and the rest of this class needs none. */
    private static final class Json {
        static final Jsonb INSTANCE = JsonbBuilder.create();
    }

    /** Swedish or English, the first of them the caller accepts (Accept-Language); Swedish when neither. */
    static Locale language(List<Locale> acceptable) {
        for (Locale l : acceptable == null ? List.<Locale>of() : acceptable) {
            if ("en".equals(l.getLanguage())) {
                return Locales.ENGLISH;
            }
            if ("sv".equals(l.getLanguage())) {
                return Locales.SWEDISH;
            }
        }
        return Locales.SWEDISH;
    }
}

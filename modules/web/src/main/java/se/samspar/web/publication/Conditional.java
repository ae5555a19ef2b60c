package se.samspar.web.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Caching of the public answers: a strong ETag from the body itself (so any change, an unpublished item included,
 * changes it), matched against If-None-Match for a 304, and Last-Modified from the latest change. The answers say
 * {@code Cache-Control: public, no-cache}: a cache may keep them but asks again each time, so unpublishing shows at once.
 */
final class Conditional {
    static final String CACHE_CONTROL = "public, no-cache";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private Conditional() {
    }

    /** The quoted ETag of a body. */
    static String etag(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an If-None-Match header names the ETag (or is "*"): then the answer is 304 Not Modified. */
    static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** An HTTP date (RFC 9110) of a local time in Stockholm, to the second. */
    static String httpDate(LocalDateTime time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(STOCKHOLM)
                .withZoneSameInstant(ZoneOffset.UTC));
    }

    /** An RFC 3339 time (Atom, JSON) of a local time in Stockholm. */
    static String rfc3339(LocalDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(STOCKHOLM)
                .toOffsetDateTime());
    }
}

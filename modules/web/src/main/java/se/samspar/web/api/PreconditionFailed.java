package se.samspar.web.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * A write whose {@code If-Match} names a version that is no longer the stored one (412): someone changed the record
 * since the client read it. Versions travel as strong ETags, {@code "7"}.
 */
final class PreconditionFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PreconditionFailed(String what) {
        super(what + " has changed since it was read");
    }

    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Whether an {@code If-Match} header (null: none sent) admits a write to the given version. */
    static boolean matches(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return true;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                continue; // If-Match compares strongly: a weak tag never matches
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.equals(Long.toString(version))) {
                return true;
            }
        }
        return false;
    }

    static void check(String ifMatch, long version, String what) {
        if (!matches(ifMatch, version)) {
            throw new PreconditionFailed(what);
        }
    }
}

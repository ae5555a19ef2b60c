package se.samspar.web.faces;

import org.omnifaces.util.Faces;

/**
 * Reading the ids in bookmarkable addresses (?id=…) — anything that is not a number is no id —
 * and answering with an error page when the id names nothing (404) or nothing for this user (403).
 */
public final class ViewParameters {
    private ViewParameters() {
    }

    public static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The agreement an address names ({@code ?agreement=…} or {@code ?id=…}), or null after answering
     * 404 (malformed or unknown) or 403 (one the user may not see).
     */
    public static se.samspar.agreement.api.AgreementStructure agreement(se.samspar.agreement.api.AgreementQueries agreements,
                                                                 String param) {
        return found(id(param), agreements::structure);
    }

    /**
     * What the id names, looked up with the service's rights, or null after answering 404 (no id, or nothing found) or
     * 403 (the service refused).
     */
    public static <T> T found(Long id, java.util.function.LongFunction<java.util.Optional<T>> lookup) {
        T found;
        try {
            found = id == null ? null : lookup.apply(id).orElse(null);
        } catch (se.samspar.platform.api.AccessDenied e) {
            refuse(e);
            return null;
        }
        if (found == null) {
            refuse(404);
        }
        return found;
    }

    /** Request attribute: the refusal behind this 403 is already in the audit trail. */
    static final String RECORDED = "samspar.refusal.recorded";

    /** Ends the request with the 403 page for a service's refusal (which the service has recorded). */
    public static void refuse(se.samspar.platform.api.AccessDenied refused) {
        Faces.setRequestAttribute(RECORDED, refused.isRecorded());
        refuse(403);
    }

    /** Ends the request with the error page for the status, 403 or 404. */
    public static void refuse(int status) {
        Faces.responseSendError(status, status == 404 ? "Not found" : "Forbidden");
        Faces.responseComplete();
    }
}

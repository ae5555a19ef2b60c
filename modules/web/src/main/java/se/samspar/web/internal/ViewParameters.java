package se.samspar.web.internal;

import org.omnifaces.util.Faces;

/**
 * Reading the ids in bookmarkable addresses (?id=…) — anything that is not a number is no id —
 * and answering with an error page when the id names nothing (404) or nothing for this user (403).
 */
final class ViewParameters {
    private ViewParameters() {
    }

    static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Ends the request with the error page for the status, 403 or 404. */
    static void refuse(int status) {
        Faces.responseSendError(status, status == 404 ? "Not found" : "Forbidden");
        Faces.responseComplete();
    }
}

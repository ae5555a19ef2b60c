package se.samspar.web.security;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a user was going when the application sent them to sign in: the page they asked for, which the sign-in
 * mechanism (Soteria's LoginToContinue) keeps in the session. Signing in through {@code SecurityContext.authenticate}
 * with a new authentication drops it without going there, so the sign-in form reads it first and goes there itself —
 * only to a page of this application (a relative path), never to another site.
 */
final class SignInTarget {
    /** The session attribute the mechanism keeps the asked-for request under (a {@code RequestData}). */
    static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    private SignInTarget() {
    }

    /** The path and query the session's user asked for before signing in, within the application; null if none. */
    static String of(HttpSession session, String contextPath) {
        Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
        if (saved == null) {
            return null;
        }
        try {
            String method = (String) call(saved, "getMethod");
            String url = (String) call(saved, "getRequestURL");
            String query = (String) call(saved, "getQueryString");
            if (!"GET".equalsIgnoreCase(method) || url == null) {
                return null; // a form post cannot be replayed; the start page instead
            }
            return pathWithin(new URI(url).getRawPath(), query, contextPath);
        } catch (ReflectiveOperationException | URISyntaxException | ClassCastException e) {
            return null; // another mechanism's record: the start page, as before
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method);
        return m.invoke(target);
    }

    /**
     * The path (and query) relative to the application when it is one of its pages; null for anything that could lead
     * elsewhere or back to signing in: another context, "//host", backslashes, control characters, the sign-in page,
     * resources.
     */
    static String pathWithin(String rawPath, String query, String contextPath) {
        String context = contextPath == null ? "" : contextPath;
        if (rawPath == null || !rawPath.startsWith(context + "/")) {
            return null;
        }
        String path = rawPath.substring(context.length());
        String all = path + (query == null || query.isEmpty() ? "" : "?" + query);
        if (path.startsWith("//") || all.contains("\\") || all.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || path.equals("/login") || path.startsWith("/login.") || path.startsWith("/jakarta.faces.resource/")
                || path.equals("/") || path.isEmpty()) {
            return null;
        }
        return all;
    }
}

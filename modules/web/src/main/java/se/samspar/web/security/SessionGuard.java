package se.samspar.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.identity.api.AccountSession;
import se.samspar.identity.api.AccountSessions;

/**
 * The rules of a signed-in session, checked on every request (OWASP ASVS 3.3): it ends after
 * {@code samspar.session.max-hours} whatever the activity; it ends when the account's password was reset or
 * changed after it was signed in (the account's session epoch, kept in the database, so this holds on every
 * node); and while the user must change an administrator's password, every page but the change page sends
 * them there. The account is the one the request's caller is looked up with anyway: no query of its own.
 */
@WebFilter(filterName = "SessionGuard", urlPatterns = "/*")
public class SessionGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String EPOCH = "samspar.session.epoch";
    static final String SIGNED_IN_AT = "samspar.session.signedInAt";
    static final String CHANGE_PAGE = "/password";

    @Inject
    AccountSessions sessions;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "samspar.session.max-hours", defaultValue = "12")
    double maxHours;

    /** A session that just signed in (or changed its own password) under the account's current epoch. */
    public static void signedIn(HttpSession session, Optional<AccountSession> account, Clock clock) {
        account.ifPresent(a -> {
            session.setAttribute(EPOCH, a.epoch());
            session.setAttribute(SIGNED_IN_AT, clock.millis());
        });
    }

    public static void epochChanged(HttpSession session, int epoch) {
        session.setAttribute(EPOCH, epoch);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/health") || path.equals("/favicon.ico")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountSession> account = sessions.signedIn();
        if (account.isEmpty()) {
            chain.doFilter(request, response); // a deactivated account is nobody to the services
            return;
        }
        Object epoch = session.getAttribute(EPOCH);
        Object signedInAt = session.getAttribute(SIGNED_IN_AT);
        if (!(epoch instanceof Integer) || !(signedInAt instanceof Long)) {
            signedIn(session, account, clock); // signed in through a path that did not record it
        } else if (outlived((Long) signedInAt, clock.millis(), maxHours) || (Integer) epoch != account.get().epoch()) {
            request.logout();
            session.invalidate();
            redirect(request, response, "/login");
            return;
        }
        if (account.get().mustChangePassword() && !mayWaitForTheChange(path)) {
            redirect(request, response, CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a session signed in at {@code signedInAt} has outlived its {@code maxHours} by {@code now}. */
    public static boolean outlived(long signedInAt, long now, double maxHours) {
        return now - signedInAt >= Duration.ofSeconds(Math.round(maxHours * 3600)).toMillis();
    }

    /** What a user who must change the password still reaches: the change page, signing in and out, help. */
    private static boolean mayWaitForTheChange(String path) {
        return path.equals(CHANGE_PAGE) || path.equals(CHANGE_PAGE + ".xhtml") || path.equals("/login")
                || path.equals("/login.xhtml") || path.equals("/accessibility") || path.equals("/accessibility.xhtml");
    }

    /** The URL as an XML attribute's value: a query string is the client's and may hold any of these. */
    private static String xmlAttribute(String url) {
        return url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A redirect, also to an AJAX request of Faces (which expects it in a partial response). */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String url = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + xmlAttribute(url) + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}

package se.samspar.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import se.samspar.platform.api.RequestOrigin;

/**
 * The response headers every answer carries (OWASP ASVS 14.4): no MIME sniffing, no framing, no
 * referrer outside the site, no browser features the app does not use, and pages never cached.
 * The Content-Security-Policy comes from PrimeFaces, with a per-request nonce (web.xml): it adds its
 * header, so setting one here as well would make browsers enforce both.
 *
 * <p>Also the request's transport ({@link Transport}: HSTS when served over HTTPS, a trusted proxy's
 * {@code X-Forwarded-Proto}) and origin: whether it came from another site ({@link #crossSite}), which the audit trail
 * notes on a refusal. Runs on error dispatches too, where the 403 page records refusals.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST,
        DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private transient Transport transport;

    @Override
    public void init() throws ServletException {
        transport = new Transport();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (transport.https()) {
            response.setHeader("Strict-Transport-Security", Transport.HSTS);
            String proto = transport.forwardedProto(request);
            if ("http".equals(proto)) { // the browser used plain HTTP to the proxy: over to https
                String query = request.getQueryString();
                response.setStatus(308);
                response.setHeader("Location", Transport.httpsOrigin(request) + request.getRequestURI()
                        + (query == null ? "" : "?" + query));
                return;
            }
            if ("https".equals(proto)) {
                request = new Transport.ForwardedHttps(request);
                response = new Transport.HttpsRedirects(response, request);
            }
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        boolean resource = request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
        if (!resource) {
            response.setHeader("Cache-Control", "no-store"); // pages hold personal work; resources may be cached
        }
        RequestOrigin.set(crossSite(request));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigin.clear();
        }
    }

    /**
     * Whether a request came from another site: the browser's {@code Sec-Fetch-Site} says so ("cross-site", or
     * "same-site" for a neighbouring subdomain); without it (older browsers), an {@code Origin} or {@code Referer} of
     * another host. A request without any of them (typed, bookmarked) counts as the user's own.
     */
    public static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site");
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.equals("null") || !sameHost(origin, request);
        }
        String referer = request.getHeader("Referer");
        return referer != null && !sameHost(referer, request);
    }

    private static boolean sameHost(String address, HttpServletRequest request) {
        String ours = request.getHeader("Host");
        if (ours == null) {
            return true; // nothing to compare with
        }
        int colon = ours.lastIndexOf(':');
        String ourHost = colon > 0 && ours.indexOf(']', colon) < 0 ? ours.substring(0, colon) : ours;
        try {
            String host = URI.create(address).getHost();
            return host != null && (host.equalsIgnoreCase(ourHost)
                    || ("[" + host + "]").equalsIgnoreCase(ourHost) || host.equalsIgnoreCase("[" + ourHost + "]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package se.samspar.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers every answer carries (OWASP ASVS 14.4): no MIME sniffing, no framing, no
 * referrer outside the site, no browser features the app does not use, and pages never cached.
 * The Content-Security-Policy comes from PrimeFaces, with a per-request nonce (web.xml): it adds its
 * header, so setting one here as well would make browsers enforce both.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        boolean resource = request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
        if (!resource) {
            response.setHeader("Cache-Control", "no-store"); // pages hold personal work; resources may be cached
        }
        chain.doFilter(request, response);
    }
}

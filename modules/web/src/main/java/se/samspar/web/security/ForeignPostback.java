package se.samspar.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form post to a page without the page's CSP nonce did not come from the page as Samspår sent it (every
 * form of ours posts the nonce through PrimeFaces' script): a hand-made or replayed request. PrimeFaces
 * answers one with an exception that even the error page, a postback itself, cannot render — a broken 500.
 * Such a post is sent back to the page instead, unprocessed: nothing is written, and a person gets the page.
 */
@WebFilter(filterName = "ForeignPostback", urlPatterns = "/*")
public class ForeignPostback extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String VIEW_STATE = "jakarta.faces.ViewState";
    static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Reading a parameter fixes the request's encoding: a form post says none, and Faces would set UTF-8 only
        // later, too late, so "å" in a non-AJAX post (a password, an organisation's name) arrived mangled.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
        }
        if ("POST".equals(request.getMethod()) && request.getParameter(VIEW_STATE) != null
                && isBlank(request.getParameter(NONCE))) {
            String query = request.getQueryString();
            SessionGuard.redirect(request, response,
                    request.getRequestURI().substring(request.getContextPath().length())
                            + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

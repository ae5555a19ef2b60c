package se.samspar.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.identity.api.AccessTokens;
import se.samspar.identity.api.TokenCaller;
import se.samspar.platform.api.CallerContext;

/**
 * Who calls /api/v1: the owner of the personal access token in {@code Authorization: Bearer …}. The form sign-in does
 * not guard /api (web.xml), so this filter is the API's whole authentication: anything but a live token answers 401
 * as a JSON problem (never the sign-in page); a token over its rate limit 429 with Retry-After; a body over
 * {@code samspar.api.max-body-bytes} 413. The request then runs as the token's owner ({@link CallerContext#enter}),
 * so the services decide every right, and audit every write and refusal, as for the pages. The public and calendar
 * feeds (/api/v1/public/, /api/v1/calendar/) pass without a token.
 */
@WebFilter(filterName = "ApiAccess", urlPatterns = "/api/*")
public class ApiAccess extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";
    private static final long DRAINED = 1 << 20;

    @Inject
    AccessTokens tokens;
    @Inject
    CallerContext callers;
    @Inject
    @ConfigProperty(name = "samspar.api.requests-per-minute", defaultValue = "300")
    int requestsPerMinute;
    @Inject
    @ConfigProperty(name = "samspar.api.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;
    private transient volatile RequestWindows windows;

    /** Paths under /api that need no token: the feeds other parts of Samspår publish. */
    static boolean open(String path) {
        return path.startsWith("/api/v1/public/") || path.startsWith("/api/v1/calendar/");
    }

    /** The token of an {@code Authorization} header, or null when it holds none. */
    static String bearer(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (open(path)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = Problem.language(Collections.list(request.getLocales()));
        String token = bearer(request.getHeader("Authorization"));
        Optional<TokenCaller> caller = token == null ? Optional.empty() : tokens.authenticate(token);
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", token == null ? "Bearer realm=\"samspar\""
                    : "Bearer realm=\"samspar\", error=\"invalid_token\"");
            answer(response, Problem.of(401, "unauthenticated", locale, path));
            return;
        }
        long wait = windows().admit(caller.get().tokenId(), System.currentTimeMillis());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            answer(response, Problem.of(429, "rate-limited", locale, path, wait));
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            drain(request);
            answer(response, Problem.of(413, "too-large", locale, path, maxBodyBytes));
            return;
        }
        try (CallerContext.Scope ignored = callers.enter(caller.get().caller())) {
            chain.doFilter(new Bounded(request, maxBodyBytes), response);
        }
    }

    private RequestWindows windows() {
        RequestWindows w = windows;
        if (w == null) {
            synchronized (this) {
                if (windows == null) {
                    windows = new RequestWindows(requestsPerMinute);
                }
                w = windows;
            }
        }
        return w;
    }

    /**
     * Reads and drops a refused body of moderate size, so the client, still sending it, reads the 413 rather than a
     * connection closed under it; a larger one closes the connection.
     */
    private static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > DRAINED) {
            return;
        }
        byte[] buffer = new byte[8192];
        try (var in = request.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // dropped
            }
        }
    }

    static void answer(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.json());
    }

    /** A body sent without a length (chunked) may still not outgrow the limit: reading past it fails. */
    static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) {
                        throw new BodyTooLarge(limit);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > limit) {
                        throw new BodyTooLarge(limit);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }

    /** A body longer than the API takes (413). */
    static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }
    }
}

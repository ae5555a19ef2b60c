package se.samspar.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How Samspår is reached (docs/operations.md, "HTTPS and a reverse proxy"). {@code samspar.https=true} says users
 * reach it over HTTPS only, possibly through a TLS-terminating reverse proxy: every answer then carries
 * Strict-Transport-Security and the session cookie is always {@code Secure} (set here at startup). A request from one
 * of the {@code samspar.proxy.trusted} addresses that says {@code X-Forwarded-Proto: https} is treated as the HTTPS
 * request it was (secure, scheme https, redirects to https addresses); one that says {@code http} is sent to the
 * same address over https (308). The header from anyone else is ignored.
 */
@WebListener
public class Transport implements ServletContextListener {
    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final Logger LOG = Logger.getLogger(Transport.class.getName());

    private final boolean https;
    private final Set<InetAddress> trustedProxies;

    /** For the container (the listener); reads the settings. */
    public Transport() {
        this(ConfigProvider.getConfig());
    }

    Transport(Config config) {
        this.https = config.getOptionalValue("samspar.https", Boolean.class).orElse(false);
        this.trustedProxies = addresses(config.getOptionalValue("samspar.proxy.trusted", String.class).orElse(""));
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (https) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info(() -> "Served over HTTPS: HSTS on, session cookie Secure, X-Forwarded-Proto trusted from "
                    + trustedProxies);
        }
    }

    boolean https() {
        return https;
    }

    /** The proxy's {@code X-Forwarded-Proto} ("https" or "http", lower case), if it comes from a trusted proxy. */
    String forwardedProto(HttpServletRequest request) {
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto == null || trustedProxies.isEmpty() || !trusted(request.getRemoteAddr())) {
            return null;
        }
        int comma = proto.indexOf(','); // several proxies in a row: the first names the browser's
        return (comma < 0 ? proto : proto.substring(0, comma)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    private boolean trusted(String remoteAddress) {
        try {
            // An address literal: parsed, never looked up.
            return remoteAddress != null && trustedProxies.contains(InetAddress.getByName(remoteAddress));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Set<InetAddress> addresses(String list) {
        Set<InetAddress> out = new HashSet<>();
        for (String entry : list.split(",")) {
            if (!entry.isBlank()) {
                try {
                    out.add(InetAddress.getByName(entry.strip())); // a name is looked up once, here
                } catch (UnknownHostException e) {
                    throw new IllegalArgumentException("samspar.proxy.trusted: unknown address " + entry.strip(), e);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The address the browser asked for, over https: host and port as the proxy forwarded them. */
    public static String httpsOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = request.getServerName();
        }
        String name = host;
        int port = 443;
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']', colon) < 0) {
            name = host.substring(0, colon);
            port = parsePort(host.substring(colon + 1), 443);
        }
        port = parsePort(request.getHeader("X-Forwarded-Port"), port);
        return "https://" + name + (port == 443 ? "" : ":" + port);
    }

    private static int parsePort(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The request as the browser sent it to the proxy: over https. */
    static final class ForwardedHttps extends HttpServletRequestWrapper {
        private final String origin;

        ForwardedHttps(HttpServletRequest request) {
            super(request);
            this.origin = httpsOrigin(request);
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }

        @Override
        public int getServerPort() {
            int port = URI.create(origin).getPort();
            return port < 0 ? 443 : port;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(origin).append(getRequestURI());
        }
    }

    /**
     * The container makes a relative redirect absolute with the scheme of the connection it received (http from
     * the proxy); this one makes it absolute with the browser's https address first.
     */
    static final class HttpsRedirects extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        HttpsRedirects(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(absolute(location));
        }

        private String absolute(String location) {
            try {
                if (location == null || URI.create(location).isAbsolute()) {
                    return location;
                }
                return URI.create(request.getRequestURL().toString()).resolve(location).toString();
            } catch (IllegalArgumentException e) {
                return location; // not a URI we can read: the container's own handling
            }
        }
    }
}

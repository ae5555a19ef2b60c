package se.samspar.web.e2e;

import se.samspar.web.security.Transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Samspår served over HTTPS behind a TLS-terminating reverse proxy ({@code samspar.https=true}, the proxy at
 * 127.0.0.1 trusted): HSTS on every answer, the session cookie always {@code Secure}, the proxy's
 * {@code X-Forwarded-Proto: https} honoured (redirects name https) and its {@code http} sent to https. The
 * application of the other browser tests runs without the setting: no HSTS there, and the header is not believed.
 * Over plain HTTP, as the test client talks to the application here, exactly as a proxy would.
 */
class HttpsBehindProxyIT {
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    private static AppProcess app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startBehindProxy() {
        Path target = AppProcess.targetDir();
        Path log = target.resolve("https-server.log");
        log.toFile().delete();
        app = AppProcess.start(target.resolve("https-db-" + AppProcess.stamp()), log, true,
                List.of("samspar.https=true", "samspar.proxy.trusted=127.0.0.1,::1"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void behindATrustedProxyEveryAnswerIsStrictAndTheSessionCookieSecure() throws Exception {
        HttpResponse<String> login = send(get(app.url("/login")).header("X-Forwarded-Proto", "https"));
        assertEquals(200, login.statusCode());
        assertEquals(HSTS, login.headers().firstValue("Strict-Transport-Security").orElse(null));
        String cookie = sessionCookie(login);
        assertTrue(cookie.toLowerCase().contains("; secure"), "the session cookie as the server sets it: " + cookie);
        assertTrue(cookie.toLowerCase().contains("httponly") && cookie.toLowerCase().contains("samesite=lax"), cookie);

        // Signing in answers with a redirect to the start page: an https address, as the browser used.
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "samordnare");
        form.put("login:password", Browser.DEMO_PASSWORD);
        form.put("login:submit", "login:submit");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, login.body()));
        form.put("primefaces.nonce", find(NONCE, login.body()));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(app.url("/login")))
                .header("X-Forwarded-Proto", "https")
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("https://localhost:"), location);
        assertEquals(HSTS, signedIn.headers().firstValue("Strict-Transport-Security").orElse(null));
        String renewed = sessionCookie(signedIn);
        assertTrue(renewed.toLowerCase().contains("; secure"), "the renewed session cookie: " + renewed);

        // The proxy says the browser came over plain HTTP: sent to https, nothing served.
        HttpResponse<String> plain = send(get(app.url("/login?x=1")).header("X-Forwarded-Proto", "http"));
        assertEquals(308, plain.statusCode());
        assertTrue(plain.headers().firstValue("Location").orElseThrow().matches("https://localhost:\\d+/login\\?x=1"),
                plain.headers().toString());

        // Without the proxy's header (a health probe on the machine): served, still strict and still Secure.
        HttpResponse<String> direct = send(get(app.url("/login")));
        assertEquals(200, direct.statusCode());
        assertEquals(HSTS, direct.headers().firstValue("Strict-Transport-Security").orElse(null));
        assertTrue(sessionCookie(direct).toLowerCase().contains("; secure"));
        assertEquals(200, send(get(app.url("/health/ready"))).statusCode());
    }

    @Test
    void withoutTheSettingThereIsNoHstsAndTheForwardedHeaderIsNotBelieved() throws Exception {
        HttpResponse<String> login = send(get(AppServer.url("/login")).header("X-Forwarded-Proto", "https"));
        assertEquals(200, login.statusCode());
        assertFalse(login.headers().firstValue("Strict-Transport-Security").isPresent(), login.headers().toString());
        assertFalse(sessionCookie(login).toLowerCase().contains("secure"), sessionCookie(login));
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in the page");
        }
        return m.group(1);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}

package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Web hardening, checked against the running application: every security header, the session cookie's flags, a
 * Content-Security-Policy with a nonce and no inline script (and no page that breaks it), a new session id at
 * sign-in, forged and cross-session requests refused, a coordinator's request replayed by a partner refused and
 * audited, and hostile text shown as text.
 */
class SecurityBrowserIT {
    private BrowserContext context;
    private Page page;
    private final List<String> cspViolations = new ArrayList<>();

    @BeforeEach
    void newBrowserContext() {
        context = Browser.newContext();
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(m.text());
            }
        });
    }

    @AfterEach
    void closeBrowserContext() {
        context.close();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Browser.signIn(page, "samordnare");
        for (String path : List.of("/", "/agreement?id=1", "/activities?agreement=1", "/dashboard?agreement=1",
                "/login")) {
            Response response = page.navigate(AppServer.url(path));
            Map<String, String> h = response.allHeaders();
            assertEquals("nosniff", h.get("x-content-type-options"), path);
            assertEquals("DENY", h.get("x-frame-options"), path);
            assertEquals("same-origin", h.get("referrer-policy"), path);
            assertNotNull(h.get("permissions-policy"), path);
            assertEquals("no-store", h.get("cache-control"), path);
            String csp = h.get("content-security-policy");
            assertNotNull(csp, path);
            String scripts = directive(csp, "script-src");
            assertTrue(scripts.contains("'nonce-"), path + ": " + csp);
            assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
            // Every inline script carries a nonce (browsers hide its value); no inline event handler is left.
            assertEquals(0, page.locator("script:not([nonce]):not([src])").count(), path);
            assertEquals(0, ((Number) page.evaluate("() => [...document.querySelectorAll('*')].filter(e => "
                    + "[...e.attributes].some(a => a.name.startsWith('on'))).length")).intValue(), path);
        }
        // The pages work under that policy: a dialog opens, a filter applies, charts draw.
        page.navigate(AppServer.url("/activity?id=1"));
        page.locator("#actions\\:report").click();
        assertThat(page.locator("#reportForm\\:status")).isVisible();
        page.keyboard().press("Escape");
        page.navigate(AppServer.url("/dashboard?agreement=1"));
        page.locator("canvas").first().waitFor();
        assertEquals(List.of(), cspViolations, "no page breaks the policy");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndRenewedAtSignIn() {
        Response first = page.navigate(AppServer.url("/login"));
        String setCookie = String.valueOf(first.allHeaders().get("set-cookie")).toLowerCase();
        assertTrue(setCookie.contains("jsessionid=") && setCookie.contains("httponly")
                && setCookie.contains("samesite=lax"), "the cookie as the server sets it: " + setCookie);
        String before = sessionId();
        Browser.signIn(page, "polis");
        Cookie session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(session.httpOnly);
        assertEquals("Lax", session.sameSite.name().substring(0, 1) + session.sameSite.name().substring(1).toLowerCase());
        assertFalse(session.value.equals(before), "a new session id after sign-in");
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElse(null);
    }

    @Test
    void aForgedOrForeignViewStateChangesNothing() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        String reference = Browser.newReference("VINR");
        List<String> sent = captureSaves();
        page.locator("#activity\\:areaId").selectOption(new SelectOption().setLabel("Våld i nära relation (VINR)"));
        page.locator("#activity\\:reference").fill(reference);
        page.locator("#activity\\:title").fill("Riktig");
        page.locator("#activity\\:leadPartyId").selectOption(new SelectOption().setLabel("Huddinge kommun"));
        page.locator("#activity\\:save").click();
        assertThat(page.locator("#activityList")).containsText(reference);
        assertEquals(1, sent.size());

        // The same request with a made-up view state: refused as an expired page, nothing saved.
        String forgedRef = reference + "F";
        String forged = Browser.withField(Browser.withField(sent.get(0), "jakarta.faces.ViewState", "-1234567890:987654321"),
                "activity:reference", forgedRef);
        APIResponse response = page.request().post(AppServer.url("/agreement-edit?id=1"), form(forged));
        assertFalse(response.text().contains(forgedRef), "no activity from a forged view state");

        // A partner replays the coordinator's request in their own session: refused and audited.
        BrowserContext partnerContext = Browser.newContext();
        try {
            Page partner = partnerContext.newPage();
            Browser.signIn(partner, "polis");
            String replayRef = reference + "P";
            APIResponse replayed = partner.request().post(AppServer.url("/agreement-edit?id=1"),
                    form(Browser.withField(sent.get(0), "activity:reference", replayRef)));
            assertFalse(replayed.text().contains(replayRef));
            // With the partner's own view of the page it is a 403, recorded in the audit trail.
            Response direct = partner.navigate(AppServer.url("/agreement-edit?id=1"));
            assertEquals(403, direct.status());
            page.navigate(AppServer.url("/activities?agreement=1"));
            page.locator("#filters\\:text").fill(reference);
            page.locator("#filters\\:text").press("Enter");
            assertThat(page.locator("#rows\\:activities tbody tr")).hasCount(1);
        } finally {
            partnerContext.close();
        }
        BrowserContext adminContext = Browser.newContext();
        try {
            Page admin = adminContext.newPage();
            Browser.signIn(admin, "admin");
            admin.navigate(AppServer.url("/audit"));
            admin.locator("#filters\\:actor").fill("polis");
            admin.locator("#filters\\:subject").selectOption("ACCESS");
            admin.locator("#filters\\:apply").click();
            assertThat(admin.locator("#entries\\:table")).containsText("/agreement-edit?id=1");
            assertThat(admin.locator("#entries\\:table")).containsText("REFUSED");
            assertThat(admin.locator("#entries\\:table")).containsText("expired or unknown view state");
            Axe.assertNoViolations(admin);
            // The filtered trail, exported.
            com.microsoft.playwright.Download csv = admin.waitForDownload(() -> admin.locator("#entries\\:csv").click());
            String exported;
            try {
                exported = java.nio.file.Files.readString(csv.path());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertTrue(exported.contains("REFUSED") && exported.contains("/agreement-edit?id=1")
                    && exported.contains("polis"), exported);
            assertFalse(exported.contains("SIGNED_IN"), "only the filtered entries");
        } finally {
            adminContext.close();
        }
    }

    @Test
    void hostileTextIsShownAsTextAndNeverRuns() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String reference = Browser.newReference("VINR");
        String title = "<img src=x onerror=\"window.hacked='" + tag + "'\"><script>window.hacked='" + tag + "'</script>";
        page.locator("#activity\\:areaId").selectOption(new SelectOption().setLabel("Våld i nära relation (VINR)"));
        page.locator("#activity\\:reference").fill(reference);
        page.locator("#activity\\:title").fill(title);
        page.locator("#activity\\:leadPartyId").selectOption(new SelectOption().setLabel("Huddinge kommun"));
        page.locator("#activity\\:save").click();
        assertThat(page.locator("#activityList")).containsText(reference);
        page.navigate(AppServer.url("/activities?agreement=1"));
        page.locator("#filters\\:text").fill(reference);
        page.locator("#filters\\:apply").click();
        page.locator("#rows\\:activities a", new Page.LocatorOptions().setHasText(reference)).click();
        page.locator("#actions\\:report").click();
        page.locator("#reportForm\\:comment").fill("</textarea><svg onload=\"window.hacked='" + tag + "'\">");
        page.locator("#reportForm\\:submit").click();
        assertThat(page.locator("#history")).containsText("<svg onload=");
        for (String path : List.of(page.url(), AppServer.url("/agreement?id=1"), AppServer.url("/dashboard?agreement=1"),
                AppServer.url("/"))) {
            page.navigate(path);
            assertNull(page.evaluate("() => window.hacked"), "nothing ran on " + path);
            assertEquals(0, page.locator("img[src='x'], svg[onload]").count(), path);
        }
        page.navigate(AppServer.url("/agreement?id=1"));
        assertThat(page.locator("main")).containsText("<script>window.hacked");
        // Malformed numbers and dates get a message at the field; nothing is saved.
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        page.locator("#activity\\:areaId").selectOption(new SelectOption().setLabel("Våld i nära relation (VINR)"));
        page.locator("#activity\\:reference").fill(reference + "X");
        page.locator("#activity\\:title").fill("Fel vikt");
        page.locator("#activity\\:leadPartyId").selectOption(new SelectOption().setLabel("Huddinge kommun"));
        page.locator("#activity\\:weight").evaluate("e => { e.type = 'text'; e.value = '1e9x'; }");
        page.locator("#activity\\:save").click();
        assertThat(page.locator("#activity")).containsText("Ange ett heltal");
        assertThat(page.locator("#activityList")).not().containsText(reference + "X");
        assertEquals(List.of(), cspViolations);
    }

    private List<String> captureSaves() {
        List<String> sent = new ArrayList<>();
        page.onRequest(request -> {
            String body = request.postData();
            if ("POST".equals(request.method()) && body != null && body.contains("activity%3Asave")) {
                sent.add(body);
            }
        });
        return sent;
    }

    private static RequestOptions form(String body) {
        return RequestOptions.create()
                .setHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .setHeader("Faces-Request", "partial/ajax")
                .setData(body);
    }

    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            if (part.strip().startsWith(name + " ")) {
                return part.strip();
            }
        }
        return "";
    }
}

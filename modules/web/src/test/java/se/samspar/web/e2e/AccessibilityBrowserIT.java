package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page, in Swedish and in English: the right language, one h1, a main landmark, a working skip link, no
 * axe-core violations (WCAG 2.1 A and AA, best practices) and no script error on any page the test loads.
 */
@ExtendWith(BrowserExtension.class)
class AccessibilityBrowserIT {
    /** A page as a given demo user sees it (null: signed out). */
    record Visit(String user, String path) {
        /** The HTTP status the page answers with: 200 but for the error pages asked for deliberately. */
        int status() {
            return ERROR_PAGES.getOrDefault(this, 200);
        }

        @Override
        public String toString() {
            return path + (user == null ? " signed out" : " as " + user);
        }
    }

    /** The pages checked. Add every new page here (a path the demo data makes meaningful). */
    static final List<Visit> PAGES = List.of(
            new Visit(null, "/login"),
            new Visit("samordnare", "/"),
            new Visit("polis", "/"),
            new Visit("samordnare", "/agreement?id=1"),
            new Visit("polis", "/organisation"),
            new Visit("samordnare", "/activities?agreement=1"),
            new Visit("polis", "/activities?agreement=1"),
            new Visit("samordnare", "/activity?id=1"),
            new Visit("polis", "/activity?id=1"),
            new Visit("samordnare", "/agreement-edit?id=1"),
            new Visit("samordnare", "/agreement-plan?id=1"),
            new Visit("polis", "/agreement-plan?id=1"),
            new Visit("admin", "/admin"),
            new Visit("polis", "/admin"),
            new Visit("samordnare", "/does-not-exist"),
            new Visit("samordnare", "/dashboard?agreement=1"),
            new Visit("styrgrupp", "/dashboard?agreement=1&area=1&from=2024-01-01&to=2024-12-31"),
            new Visit("samordnare", "/follow-ups?agreement=1"),
            new Visit("styrgrupp", "/follow-ups?agreement=1"),
            new Visit("samordnare", "/indicators?agreement=1"),
            new Visit("polis", "/indicators?agreement=1"),
            new Visit("styrgrupp", "/board"),
            new Visit("admin", "/audit"),
            new Visit("samordnare", "/audit"),
            new Visit(null, "/accessibility"),
            new Visit("polis", "/accessibility"),
            new Visit("polis", "/password"),
            new Visit("admin", "/import"),
            new Visit("samordnare", "/import?agreement=1"),
            new Visit("admin", "/import?agreement=1"),
            new Visit("polis", "/import"),
            new Visit("samordnare", "/agreement-new"),
            new Visit("admin", "/agreement-new"),
            new Visit("polis", "/agreement-new"),
            new Visit("styrgrupp", "/"),
            new Visit("samordnare", "/activity-edit?agreement=1"),
            new Visit("samordnare", "/activity-edit?id=1"),
            new Visit("samordnare", "/activities?agreement=1&risk=true&due=30"));
    /** The visits above that show an error page, and its status. */
    static final Map<Visit, Integer> ERROR_PAGES = Map.of(
            new Visit("polis", "/admin"), 403,
            new Visit("polis", "/import"), 403,
            new Visit("polis", "/agreement-new"), 403,
            new Visit("samordnare", "/does-not-exist"), 404);
    /** The paginated tables, as users who see rows in them; their filter updates the table by AJAX. */
    static final List<Visit> TABLES = List.of(
            new Visit("samordnare", "/activities?agreement=1"),
            new Visit("admin", "/audit"),
            new Visit("samordnare", "/audit"));
    static final List<String> LANGUAGES = List.of("sv", "en");

    /**
     * A signed-in session per user and language, kept across the visits (its cookies given to each visit's fresh
     * context): signing in and switching language for each of some 80 visits took half of this class's time.
     */
    private static final Map<String, List<Cookie>> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private Page page;
    private PageErrors errors;

    static Stream<Arguments> pagesInEachLanguage() {
        return inEachLanguage(PAGES);
    }

    static Stream<Arguments> tablesInEachLanguage() {
        return inEachLanguage(TABLES);
    }

    private static Stream<Arguments> inEachLanguage(List<Visit> visits) {
        return visits.stream().flatMap(path -> LANGUAGES.stream().map(language -> Arguments.of(path, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInEachLanguage")
    void pageIsAccessible(Visit visit, String language) {
        openIn(visit, language);

        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("main, [role=main]")).hasCount(1);

        // From the top of the page, the first Tab reaches the skip link and Enter moves focus to the content.
        page.keyboard().press("Tab");
        assertEquals("#main", page.evaluate("document.activeElement.getAttribute('href')"),
                "the first Tab should reach the skip link");
        page.keyboard().press("Enter");
        page.waitForFunction("document.activeElement && document.activeElement.id === 'main'");

        Axe.assertNoViolations(page);
        errors.assertNone();
    }

    /**
     * A paginated table after its filter has replaced it by AJAX: its paginators above and below are still two
     * landmarks with different names, and nothing else breaks.
     */
    @ParameterizedTest(name = "{0} filtered, in {1}")
    @MethodSource("tablesInEachLanguage")
    void tableIsAccessibleAfterFiltering(Visit visit, String language) {
        openIn(visit, language);
        assertThat(page.locator(".ui-paginator[role=navigation]")).hasCount(2);
        page.locator("#filters\\:apply").click();
        Axe.settle(page);

        List<String> names = page.locator(".ui-paginator[role=navigation]").all().stream()
                .map(nav -> nav.getAttribute("aria-label")).toList();
        assertEquals(2, names.size(), "a paginator above and one below the table: " + names);
        assertTrue(names.stream().allMatch(name -> name != null && !name.isBlank()), "both named: " + names);
        assertTrue(!names.get(0).equals(names.get(1)), "named apart: " + names);
        Axe.assertNoViolations(page);
        errors.assertNone();
    }

    /**
     * The language switch on the pages without a PrimeFaces component: with CSP on, its onclick is registered by
     * PrimeFaces' script, which those pages must load too.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesWithoutPrimeFacesComponents")
    void languageSwitchWorksOnPagesWithoutPrimeFacesComponents(Visit visit) {
        openIn(visit, "sv");
        Browser.switchLanguage(page, "en");
        SESSIONS.remove(visit.user() + "/sv"); // now in English: not to be given to a Swedish visit
        assertThat(page.locator("h1")).hasCount(1);
        errors.assertNone();
    }

    static Stream<Visit> pagesWithoutPrimeFacesComponents() {
        return Stream.of(new Visit("styrgrupp", "/board"), new Visit(null, "/accessibility"),
                new Visit("polis", "/accessibility"));
    }

    /** The check itself: a script error fails it, as does a console error. */
    @Test
    void scriptErrorsAreReported() {
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Broken</title></head>"
                + "<body><main><h1>Broken</h1></main></body></html>");
        page.evaluate("() => { setTimeout(() => { throw new Error('boom'); }); console.error('bang'); }");
        page.waitForCondition(() -> errors.count() == 2);
        AssertionError failure = assertThrows(AssertionError.class, () -> errors.assertNone());
        assertTrue(failure.getMessage().contains("boom") && failure.getMessage().contains("bang"),
                failure.getMessage());
    }

    /**
     * The check itself: axe waits for running transitions. The button fades in over two seconds from a contrast
     * that fails; measured at once, axe would report color-contrast.
     */
    @Test
    void axeWaitsUntilTransitionsEnd() {
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Fading</title></head><body><main>"
                + "<h1>Fading</h1><button id=\"fading\" style=\"background: #0b4f8a; color: #fff; opacity: .3;"
                + " transition: opacity 2s linear\">Apply</button></main></body></html>");
        page.evaluate("() => { const b = document.getElementById('fading'); getComputedStyle(b).opacity;"
                + " b.style.opacity = '1'; }");
        assertEquals(1, ((Number) page.evaluate("document.getAnimations().length")).intValue(), "the fade runs");

        Axe.assertNoViolations(page);
        assertEquals("1", page.evaluate("getComputedStyle(document.getElementById('fading')).opacity"));
    }

    /** The check itself: axe does find and report a violation (an image without a text alternative). */
    @Test
    void axeReportsViolations() {
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Broken</title></head>"
                + "<body><main><h1>Broken</h1><img src=\"data:,\"></main></body></html>");
        assertAxeReportsAnImageWithoutAlternative();
    }

    /**
     * The check itself, on a page with a frame (checked axe's default way, frame by frame): a violation inside the
     * frame is found too.
     */
    @Test
    void axeLooksIntoFrames() {
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Framed</title></head><body><main><h1>Framed</h1>"
                + "<iframe title=\"Inner\" srcdoc='<!DOCTYPE html><html lang=\"en\"><head><title>Inner</title></head>"
                + "<body><main><img src=\"data:,\"></main></body></html>'></iframe></main></body></html>");
        page.waitForCondition(() -> page.frames().size() == 2
                && page.frames().get(1).locator("img").count() == 1);
        assertAxeReportsAnImageWithoutAlternative();
    }

    private void assertAxeReportsAnImageWithoutAlternative() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Axe.assertNoViolations(page));
        assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
    }

    /**
     * Opens the page in the session's language, signed in as the visit's user. The language is switched on the
     * sign-in or start page: error pages have no switch (they show their text in both languages).
     */
    private void openIn(Visit visit, String language) {
        String key = visit.user() + "/" + language;
        List<Cookie> kept = visit.user() == null ? null : SESSIONS.get(key);
        if (kept != null) {
            page.context().addCookies(kept);
        } else {
            signInIn(visit, language);
        }
        String url = AppServer.url(visit.path());
        if (visit.status() != 200) {
            errors.expectErrorStatus(url);
        }
        Response response = page.navigate(url);
        if (kept != null && Browser.isLoginPage(page.url())) { // the kept session has ended: sign in anew
            SESSIONS.remove(key);
            signInIn(visit, language);
            response = page.navigate(url);
        }
        assertEquals(visit.status(), response.status(), visit + " answers with");
    }

    /** Signs in (or opens the sign-in page) and switches to the language; the session is kept for the next visits. */
    private void signInIn(Visit visit, String language) {
        if (visit.user() == null) {
            page.navigate(AppServer.url("/login"));
        } else {
            Browser.signIn(page, visit.user());
        }
        if (!language.equals(page.locator("html").getAttribute("lang"))) {
            Browser.switchLanguage(page, language);
        }
        if (visit.user() != null) {
            SESSIONS.put(visit.user() + "/" + language, page.context().cookies());
        }
    }
}

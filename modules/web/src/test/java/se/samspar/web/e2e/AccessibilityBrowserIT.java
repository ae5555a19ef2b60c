package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page, in Swedish and in English: the right language, one h1, a main landmark, a working skip link and no
 * axe-core violations (WCAG 2.1 A and AA).
 */
class AccessibilityBrowserIT {
    /** A page as a given demo user sees it (null: signed out). */
    record Visit(String user, String path) {
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
            new Visit("admin", "/admin"),
            new Visit("polis", "/admin"),
            new Visit("samordnare", "/activities?agreement=1"),
            new Visit("polis", "/activities?agreement=1"),
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
            new Visit("polis", "/password"));
    static final List<String> LANGUAGES = List.of("sv", "en");

    private BrowserContext context;
    private Page page;

    static Stream<Arguments> pagesInEachLanguage() {
        return PAGES.stream().flatMap(path -> LANGUAGES.stream().map(language -> Arguments.of(path, language)));
    }

    @BeforeEach
    void newBrowserContext() {
        context = Browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        context.close();
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
    }

    /** The check itself: axe does find and report a violation (an image without a text alternative). */
    @Test
    void axeReportsViolations() {
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Broken</title></head>"
                + "<body><main><h1>Broken</h1><img src=\"data:,\"></main></body></html>");
        AssertionError failure = assertThrows(AssertionError.class, () -> Axe.assertNoViolations(page));
        assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
    }

    /**
     * Opens the page in the session's language, signed in as the visit's user. The language is switched on the
     * sign-in or start page: error pages have no switch (they show their text in both languages).
     */
    private void openIn(Visit visit, String language) {
        if (visit.user() == null) {
            page.navigate(AppServer.url("/login"));
        } else {
            Browser.signIn(page, visit.user());
        }
        if (!language.equals(page.locator("html").getAttribute("lang"))) {
            Browser.switchLanguage(page, language);
        }
        page.navigate(AppServer.url(visit.path()));
    }
}

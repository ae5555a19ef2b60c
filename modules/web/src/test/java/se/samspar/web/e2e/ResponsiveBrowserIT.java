package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, point 8: every page on a phone (390 × 844) without sideways scrolling, nothing cut off at 1280 px, a
 * visible focus on every control, no Tab press that goes nowhere, a favicon, and after signing in the page the user
 * was going to.
 */
@ExtendWith(BrowserExtension.class)
class ResponsiveBrowserIT {
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    /** The widest element under main that scrolls or hides what overflows it, wider than its box: "" when none. */
    private static final String CLIPPED = "() => [...document.querySelectorAll('main *')].filter(e => {"
            + " const s = getComputedStyle(e); return s.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1; })"
            + ".map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + ' > ' + e.clientWidth).join('; ')";

    /**
     * The words in tables under main that the browser has split over two lines ("Samhällsfastighete|r"), one of each:
     * "" when none. A word is a run of letters and digits; a date may still wrap at its hyphens.
     */
    private static final String SPLIT_WORDS = "() => { const split = new Set();"
            + " for (const cell of document.querySelectorAll('main td, main th')) {"
            + "  const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT); let text;"
            + "  while ((text = texts.nextNode())) { for (const w of text.textContent.matchAll(/[\\p{L}\\d]{2,}/gu)) {"
            + "   const r = document.createRange(); r.setStart(text, w.index); r.setEnd(text, w.index + w[0].length);"
            + "   const lines = new Set([...r.getClientRects()].filter(b => b.width > 0).map(b => Math.round(b.top)));"
            + "   if (lines.size > 1) split.add(w[0]); } } }"
            + " return [...split].join(', '); }";

    private Page page;
    private PageErrors errors;

    /** The demo users (null: signed out), each with the pages they reach (the accessibility test's list). */
    static Stream<String> users() {
        return AccessibilityBrowserIT.PAGES.stream().map(AccessibilityBrowserIT.Visit::user).distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void everyPageFitsAPhoneWithoutSidewaysScrolling(String user) {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        if (user != null) {
            Browser.signIn(page, user);
        }
        List<String> tooWide = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AccessibilityBrowserIT.Visit visit : AccessibilityBrowserIT.PAGES) {
            if (!java.util.Objects.equals(visit.user(), user) || visit.status() != 200 || !seen.add(visit.path())) {
                continue;
            }
            page.navigate(AppServer.url(visit.path()));
            Axe.settle(page);
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            int viewport = ((Number) page.evaluate("window.innerWidth")).intValue();
            if (scrollWidth > viewport) {
                tooWide.add(visit.path() + " is " + scrollWidth + " px wide");
            }
        }
        assertTrue(tooWide.isEmpty(), "at " + PHONE_WIDTH + " px, as " + user + ": " + tooWide);
        errors.assertNone();
    }

    /**
     * On a phone the tables become cards: each cell says which column it is, and the status and dates are still there;
     * the navigation wraps rather than being cut off.
     */
    @Test
    void onAPhoneTablesKeepTheirStatusAndDates() {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        Browser.signIn(page, "samordnare");
        assertThat(page.locator(".site-nav a", new Page.LocatorOptions().setHasText("Fastställda uppföljningar")))
                .isInViewport();
        page.navigate(AppServer.url("/activities?agreement=1"));
        Locator firstRow = page.locator("#rows\\:activities tbody tr").first();
        for (String column : List.of("Status", "Klart senast")) {
            Locator title = firstRow.locator(".ui-column-title", new Locator.LocatorOptions().setHasText(column)).first();
            assertThat(title).isVisible();
            assertTrue(title.boundingBox().x + title.boundingBox().width <= PHONE_WIDTH, column + " is within the screen");
        }
        assertThat(page.locator("#rows\\:activities thead th").first()).isHidden();
    }

    /** At 1280 px no table is wider than its frame: the last column of the agreement's and the activities' tables shows. */
    @Test
    void nothingIsClippedAtTheUsualWidth() {
        Browser.signIn(page, "samordnare");
        for (String path : List.of("/agreement?id=1", "/activities?agreement=1", "/", "/organisation")) {
            page.navigate(AppServer.url(path));
            Axe.settle(page);
            assertEquals("", page.evaluate(CLIPPED), path + " at " + Browser.WIDTH + " px");
            assertEquals(Browser.WIDTH, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(),
                    path);
        }
        page.navigate(AppServer.url("/activities?agreement=1"));
        Locator lastHeading = page.locator("#rows\\:activities thead th").last();
        assertTrue(lastHeading.boundingBox().x + lastHeading.boundingBox().width <= Browser.WIDTH,
                "the last column's heading is within the window");
    }

    /**
     * At 1280 px a table never splits a word to make a column narrower: Swedish compounds ("Samverkansöverenskommelse",
     * "Samhällsfastigheter", "Medverkande") stay whole, in the widest tables too.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"samordnare", "polis"})
    void tablesKeepTheirWordsWholeAtTheUsualWidth(String user) {
        Browser.signIn(page, user);
        int checked = 0;
        for (String path : List.of("/", "/organisation", "/agreement?id=1", "/activities?agreement=1",
                "/dashboard?agreement=1", "/audit", "/agreement-edit?id=1")) {
            page.navigate(AppServer.url(path));
            if (page.locator("main table").count() == 0) {
                continue; // not this user's page (the police have no audit trail or editing)
            }
            Axe.settle(page);
            assertEquals("", page.evaluate(SPLIT_WORDS), path + " as " + user + " at " + Browser.WIDTH + " px");
            checked++;
        }
        assertTrue(checked >= 5, "tables checked on " + checked + " pages");
    }

    /** Each chart of the dashboard fills its box: no gap under the bars, no doughnut running into the table below. */
    @Test
    void theDashboardsChartsFillTheirBoxes() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/dashboard?agreement=1"));
        Axe.settle(page);
        Locator boxes = page.locator(".chart-box");
        assertEquals(4, boxes.count());
        for (int i = 0; i < boxes.count(); i++) {
            var box = boxes.nth(i).boundingBox();
            var chart = boxes.nth(i).locator("canvas").boundingBox();
            assertEquals(box.height, chart.height, 1, "chart " + (i + 1) + " of " + boxes.count());
            assertEquals(box.y, chart.y, 1, "chart " + (i + 1) + " starts at its box's top");
        }
    }

    /** A link to an activity opened signed out leads, after signing in, to that activity. */
    @Test
    void afterSigningInTheUserLandsWhereTheyWereGoing() {
        page.navigate(AppServer.url("/activity?id=3"));
        assertTrue(Browser.isLoginPage(page.url()), page.url());
        page.locator("#login\\:username").fill("samordnare");
        page.locator("#login\\:password").fill(Browser.DEMO_PASSWORD);
        page.locator("#login\\:submit").click();
        page.waitForURL(url -> !Browser.isLoginPage(url));
        URI landed = URI.create(page.url());
        assertEquals("/activity", landed.getPath());
        assertEquals("id=3", landed.getQuery());
        assertThat(page.locator("h1")).isVisible();
        errors.assertNone();
    }

    /** Signing in straight on the sign-in page still leads to the start page. */
    @Test
    void signingInWithNowhereToGoLeadsToTheStartPage() {
        Browser.signIn(page, "polis");
        assertEquals("/", URI.create(page.url()).getPath());
    }

    @Test
    void theFaviconAnswers() {
        APIResponse icon = page.request().get(AppServer.url("/favicon.ico"));
        assertEquals(200, icon.status());
        assertTrue(icon.headers().get("content-type").startsWith("image/"), icon.headers().toString());
        assertTrue(icon.body().length > 0);
        page.navigate(AppServer.url("/login"));
        assertThat(page.locator("link[rel=icon][href$='/favicon.ico']")).hasCount(1);
        errors.assertNone(); // the CSP lets it load
    }

    /** "Logga ut" shows where the keyboard is, as every control does. */
    @Test
    void signingOutShowsAVisibleFocus() {
        Browser.signIn(page, "samordnare");
        page.locator("#changePassword").focus();
        page.keyboard().press("Tab");
        assertEquals("logout:submit", page.evaluate("document.activeElement.id"));
        Axe.waitForTransitions(page);
        assertNotEquals("none", page.evaluate("getComputedStyle(document.activeElement).outlineStyle"));
        assertNotEquals("0px", page.evaluate("getComputedStyle(document.activeElement).outlineWidth"));
    }

    /**
     * In the report dialog every Tab moves to another control with a visible focus, and after the last one focus wraps
     * at once to the first: no press that seems to do nothing.
     */
    @Test
    void everyTabInTheReportDialogReachesAControlWithAVisibleFocus() {
        Browser.open(page, "/activity?id=1");
        page.locator("#actions\\:report").click();
        assertThat(page.locator("#reportForm\\:status")).isVisible();
        Axe.settle(page);
        page.locator("#reportForm\\:status").focus();
        Set<String> reached = new HashSet<>();
        String previous = "reportForm:status";
        for (int i = 0; i < 12; i++) {
            page.keyboard().press("Tab");
            Axe.waitForTransitions(page);
            String now = (String) page.evaluate("(() => { const e = document.activeElement; return e.id || e.className; })()");
            assertNotEquals(previous, now, "Tab " + (i + 1) + " stayed on " + previous);
            assertTrue((Boolean) page.evaluate("document.getElementById('reportDialog').contains(document.activeElement)"),
                    "focus stays in the dialog: " + now);
            Object visible = page.evaluate("(() => { const s = getComputedStyle(document.activeElement);"
                    + " return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || (s.boxShadow !== 'none'"
                    + " && !s.boxShadow.startsWith('rgba(0, 0, 0, 0)')); })()");
            assertEquals(Boolean.TRUE, visible, "a visible focus on " + now);
            reached.add(now);
            previous = now;
        }
        assertTrue(reached.contains("reportForm:cancel") && reached.contains("reportForm:status"),
                "round the dialog and back: " + reached);
    }
}

package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keeps the README's screenshots current: docs/screenshots/*.png, 1280 px wide, the whole page, in Swedish. Runs
 * before the other browser tests ({@code @Order(3)}, after ImportIT and RestartIT), so the pictures show the demo
 * data as a newcomer finds it, not what the tests added.
 */
@org.junit.jupiter.api.Order(3)
@ExtendWith(BrowserExtension.class)
class ScreenshotsBrowserIT {
    private Page page;

    @Test
    void startPage() {
        Browser.open(page, "/");
        assertThat(page.locator("#agreements")).containsText(OverviewBrowserIT.TITLE);
        Browser.screenshot(page, "start");
    }

    @Test
    void agreementOverview() {
        Browser.open(page, OverviewBrowserIT.OVERVIEW);
        assertThat(page.locator("h1")).hasText(OverviewBrowserIT.TITLE);
        Browser.screenshot(page, "agreement-overview");
    }

    @Test
    void activitiesTable() {
        Browser.open(page, "/activities?agreement=1");
        assertThat(page.locator("h1")).containsText(OverviewBrowserIT.TITLE);
        Browser.screenshot(page, "activities");
    }

    @Test
    void activityWithItsHistory() {
        Browser.open(page, "/activity?id=1");
        assertThat(page.locator("#history li").first()).isVisible();
        Browser.screenshot(page, "activity");
    }

    @Test
    void dashboard() {
        Browser.open(page, "/dashboard?agreement=1");
        assertThat(page.locator("#figures")).isVisible();
        page.locator("canvas").first().waitFor();
        page.waitForTimeout(1000); // the charts animate in
        Browser.screenshot(page, "dashboard");
    }

    @Test
    void followUps() {
        Browser.open(page, "/follow-ups?agreement=1");
        assertThat(page.locator("h1")).containsText("Uppföljningar");
        Browser.screenshot(page, "follow-ups");
    }
}

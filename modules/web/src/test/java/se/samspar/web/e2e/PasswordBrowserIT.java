package se.samspar.web.e2e;

import se.samspar.web.security.SecurityHeaders;
import se.samspar.web.security.SessionGuard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Passwords users change themselves: an administrator's new account (or reset password) must be changed at the
 * next sign-in — every other page sends the user to the change page until then; the change needs the current
 * password and the new one twice, says at each field what is wrong, and signs the user out everywhere else.
 */
@ExtendWith(BrowserExtension.class)
class PasswordBrowserIT {
    private Page admin;

    @BeforeEach
    void signInTheAdministrator() {
        Browser.signIn(admin, "admin");
    }

    private static void signIn(Page page, String user, String password) {
        page.navigate(AppServer.url("/login"));
        page.locator("#login\\:username").fill(user);
        page.locator("#login\\:password").fill(password);
        page.locator("#login\\:submit").click();
        page.waitForURL(url -> !Browser.isLoginPage(url));
    }

    private static void change(Page page, String current, String next, String repeat) {
        page.locator("#change\\:current").fill(current);
        page.locator("#change\\:newPassword").fill(next);
        page.locator("#change\\:repeat").fill(repeat);
        page.locator("#change\\:submit").click();
    }

    /** The row buttons deactivate and activate the user of their row (its id sent with the click), and only that one. */
    @Test
    void anAdministratorDeactivatesAndActivatesTheUserOfTheRowClicked() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String kept = "rad" + tag + "a";
        String clicked = "rad" + tag + "b";
        admin.navigate(AppServer.url("/admin"));
        for (String username : List.of(kept, clicked)) {
            admin.locator("#user\\:username").fill(username);
            admin.locator("#user\\:displayName").fill("Rad " + username);
            admin.locator("#user\\:organisationId").selectOption(new SelectOption().setLabel("Polismyndigheten"));
            Browser.tick(admin.getByLabel("Samverkanspart"));
            admin.locator("#user\\:password").fill("adminens val " + tag);
            admin.locator("#user\\:create").click();
            assertThat(admin.locator("#users\\:table")).containsText(username);
        }
        // Issue 16: deactivation asks first, in a dialog, and says it was done beside the list.
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stäng av " + clicked).setExact(true)).click();
        assertThat(admin.locator("#deactivateConfirm")).containsText(clicked);
        admin.locator("#deactivateConfirm\\:confirm").click();
        assertThat(admin.locator("#users\\:messages")).containsText("Användaren har stängts av.");
        assertThat(userRow(clicked)).containsText("Avstängd");
        assertThat(userRow(kept)).not().containsText("Avstängd");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aktivera " + clicked).setExact(true)).click();
        assertThat(admin.locator("#users\\:messages")).containsText("Användaren har aktiverats.");
        assertThat(userRow(clicked)).not().containsText("Avstängd");
    }

    private Locator userRow(String username) {
        return admin.locator("#users\\:table tbody tr", new Page.LocatorOptions().setHasText(username));
    }

    @Test
    void aNewUserMustChooseTheirOwnPasswordWhichSignsOutTheirOtherSessions() {
        String username = "byt" + UUID.randomUUID().toString().substring(0, 6);
        String first = "adminens val " + UUID.randomUUID().toString().substring(0, 6);
        String reset = "återställt " + UUID.randomUUID().toString().substring(0, 6);
        admin.navigate(AppServer.url("/admin"));
        admin.locator("#user\\:username").fill(username);
        admin.locator("#user\\:displayName").fill("Berit Byte");
        admin.locator("#user\\:organisationId").selectOption(new SelectOption().setLabel("Polismyndigheten"));
        Browser.tick(admin.getByLabel("Samverkanspart"));
        admin.locator("#user\\:password").fill(first);
        admin.locator("#user\\:create").click();
        assertThat(admin.locator("#user\\:messages")).containsText("Användaren har skapats");
        assertThat(admin.locator("#users\\:table")).containsText("måste byta lösenord");

        BrowserContext firstContext = Browser.newContext();
        BrowserContext secondContext = Browser.newContext();
        try {
            Page page = firstContext.newPage();
            signIn(page, username, first);
            assertThat(page.locator("h1")).hasText("Byt lösenord");
            assertThat(page.locator("#mustChange")).isVisible();
            Axe.assertNoViolations(page);
            for (String elsewhere : new String[] {"/", "/agreement?id=1", "/organisation", "/board"}) {
                page.navigate(AppServer.url(elsewhere));
                assertTrue(page.url().endsWith("/password"), elsewhere + " leads to the change page: " + page.url());
            }
            // The redirect itself carries the security headers (SessionGuard runs after SecurityHeaders).
            com.microsoft.playwright.APIResponse redirect = page.request().get(AppServer.url("/board"),
                    com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));
            assertEquals(302, redirect.status(), redirect.headers().toString());
            assertTrue(String.valueOf(redirect.headers().get("location")).endsWith("/password"), redirect.headers().toString());
            assertEquals("DENY", redirect.headers().get("x-frame-options"), redirect.headers().toString());
            assertEquals("no-store", redirect.headers().get("cache-control"), redirect.headers().toString());
            // Signed in in a second browser too, before the change.
            Page other = secondContext.newPage();
            signIn(other, username, first);
            assertTrue(other.url().endsWith("/password"), other.url());

            // Keyboard only: the fields in order, each message at its field.
            page.locator("#change\\:current").focus();
            page.keyboard().type("fel nuvarande lösenord");
            page.keyboard().press("Tab");
            page.keyboard().type("ett nytt eget lösenord");
            page.keyboard().press("Tab");
            page.keyboard().type("ett nytt eget lösenord");
            page.keyboard().press("Enter");
            assertThat(page.locator("#change .field").nth(0)).containsText("nuvarande lösenordet stämmer inte");
            // As on every form: the summary on top takes the focus and links to the refused field.
            Locator summary = page.locator("#change .error-summary");
            assertThat(summary).isFocused();
            assertThat(summary).containsText("Inget sparades");
            summary.locator("a[href='#change:current']").click();
            assertThat(page.locator("#change\\:current")).isFocused();
            Axe.assertNoViolations(page);
            change(page, first, "ett nytt eget lösenord", "ett annat nytt lösenord");
            assertThat(page.locator("#change .field").nth(2)).containsText("Skriv samma nya lösenord två gånger");
            change(page, first, "thecakeisalie", "thecakeisalie");
            assertThat(page.locator("#change .field").nth(1)).containsText("ett av de vanligaste");

            change(page, first, "ett nytt eget lösenord", "ett nytt eget lösenord");
            assertThat(page.locator("#messages")).containsText("Lösenordet är bytt");
            page.locator("#toStart").click();
            assertThat(page.locator("#agreements")).containsText("Samverkansöverenskommelse Huddinge 2023–2024");
            page.navigate(AppServer.url("/organisation"));
            assertThat(page.locator("h1")).containsText("Polismyndigheten");

            // The other browser's session ended with the change.
            other.navigate(AppServer.url("/organisation"));
            assertTrue(Browser.isLoginPage(other.url()), "signed out by the change: " + other.url());
            signIn(other, username, "ett nytt eget lösenord");
            assertEquals("/", java.net.URI.create(other.url()).getPath());

            // An administrator's reset ends both sessions and asks for a new change.
            admin.navigate(AppServer.url("/admin"));
            // Issue 16: the reset is made on the account opened for editing from its row.
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ändra " + username).setExact(true)).click();
            admin.locator("#reset\\:password").fill(reset);
            admin.locator("#reset\\:submit").click();
            assertThat(admin.locator("#reset\\:messages")).containsText("Lösenordet har bytts");
            for (Page signedIn : new Page[] {page, other}) {
                signedIn.navigate(AppServer.url("/"));
                assertTrue(Browser.isLoginPage(signedIn.url()), "signed out by the reset: " + signedIn.url());
            }
            signIn(page, username, reset);
            assertThat(page.locator("h1")).hasText("Byt lösenord");
        } finally {
            firstContext.close();
            secondContext.close();
        }
    }

    @Test
    void everySignedInUserReachesTheChangePageFromTheHeaderInBothLanguages() {
        admin.locator("#changePassword").click();
        assertThat(admin.locator("h1")).hasText("Byt lösenord");
        assertThat(admin.locator("#mustChange")).hasCount(0);
        Browser.switchLanguage(admin, "en");
        assertThat(admin.locator("h1")).hasText("Change password");
        admin.locator("#change\\:submit").click();
        assertThat(admin.locator("#change")).containsText("The current password is not right");
        Axe.assertNoViolations(admin);
        Browser.switchLanguage(admin, "sv");
    }

    /**
     * The same page's reminders and calendar (h14-notify): the calendar address is shown once when made, answers
     * with the feed, and stops answering when removed; saying no to reminders by e-mail is kept. Axe in both languages.
     */
    @Test
    void theCalendarAddressIsShownOnceAndTheMailOptOutIsKept() {
        admin.navigate(AppServer.url("/password"));
        assertThat(admin.locator("#calendarState")).hasText("Du har ingen kalenderadress.");
        admin.locator("#calendar\\:make").click();
        Locator address = admin.locator(".calendar-address").first();
        assertThat(address).hasValue(java.util.regex.Pattern.compile(".*/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics$"));
        String feed = address.inputValue();
        assertThat(admin.locator("#calendar")).containsText("visas bara den här gången");
        Axe.assertNoViolations(admin);
        com.microsoft.playwright.APIResponse answer = admin.request().get(feed);
        assertEquals(200, answer.status());
        assertTrue(answer.headers().get("content-type").startsWith("text/calendar"), answer.headers().toString());
        assertTrue(answer.text().startsWith("BEGIN:VCALENDAR\r\n"), answer.text());

        admin.navigate(AppServer.url("/password"));
        assertThat(admin.locator(".calendar-address")).hasCount(0);
        assertThat(admin.locator("#calendarState")).containsText("Du har en kalenderadress.");
        Browser.switchLanguage(admin, "en");
        Browser.tick(admin.locator("#mail\\:off"));
        admin.locator("#mail\\:save").click();
        assertThat(admin.locator("#mail")).containsText("You get no reminders by e-mail.");
        admin.locator("#calendar\\:revoke").click();
        assertThat(admin.locator("#calendar")).containsText("The calendar address is removed");
        Axe.assertNoViolations(admin);
        assertEquals(404, admin.request().get(feed).status(), "a removed address answers nothing");

        admin.navigate(AppServer.url("/password"));
        assertThat(admin.locator("#mail\\:off")).isChecked();
        admin.locator("#mail\\:off").uncheck();
        admin.locator("#mail\\:save").click();
        assertThat(admin.locator("#mail")).containsText("You get reminders by e-mail.");
        Browser.switchLanguage(admin, "sv");
    }
}

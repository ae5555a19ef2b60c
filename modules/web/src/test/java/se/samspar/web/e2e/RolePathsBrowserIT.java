package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each role's main path through the running application, checking what the pages show afterwards. */
@ExtendWith(BrowserExtension.class)
class RolePathsBrowserIT {
    private BrowserContext context;
    private Page page;

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        page.navigate(AppServer.url("/agreement?id=1"));
        assertThat(page.locator("h1")).hasText("Logga in");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhetherTheUserExists() {
        page.navigate(AppServer.url("/login"));
        page.locator("#login\\:username").fill("finns-inte");
        page.locator("#login\\:password").fill("fel-losenord");
        page.locator("#login\\:submit").click();
        String unknownUser = page.locator("#login\\:messages").innerText();
        page.locator("#login\\:username").fill("styrgrupp");
        page.locator("#login\\:password").fill("fel-losenord");
        page.locator("#login\\:submit").click();
        assertEquals(unknownUser, page.locator("#login\\:messages").innerText());
        assertThat(page.locator("#login\\:messages")).containsText("Inloggningen misslyckades");
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() {
        Browser.signIn(page, "admin");
        page.navigate(AppServer.url("/admin"));
        String username = "ny" + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#user\\:username").fill(username);
        page.locator("#user\\:displayName").fill("Nils Nyberg");
        page.locator("#user\\:organisationId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Polismyndigheten"));
        Browser.tick(page.getByLabel("Samverkanspart"));
        page.locator("#user\\:password").fill("ett-bra-losenord");
        page.locator("#user\\:create").click();
        assertThat(page.locator("#user\\:messages")).containsText("Användaren har skapats");
        assertThat(page.locator("#users\\:table")).containsText(username);

        page.locator("#logout\\:submit").click();
        assertThat(page.locator("h1")).hasText("Logga in");
        page.locator("#login\\:username").fill(username);
        page.locator("#login\\:password").fill("ett-bra-losenord");
        page.locator("#login\\:submit").click();
        // The administrator chose the password: the new user chooses their own before anything else.
        assertThat(page.locator("h1")).hasText("Byt lösenord");
        Browser.changePassword(page, "ett-bra-losenord", "nils eget lösenord");
        assertThat(page.locator("#messages")).containsText("Lösenordet är bytt");
        page.navigate(AppServer.url("/"));
        assertThat(page.locator(".user-name")).hasText("Nils Nyberg");
        assertThat(page.locator("#agreements")).containsText("Samverkansöverenskommelse Huddinge 2023–2024");
    }

    @Test
    void aBoardMemberReadsButCannotReachAdministration() {
        Browser.signIn(page, "styrgrupp");
        assertThat(page.locator("#agreements")).containsText("Samverkansöverenskommelse Huddinge 2023–2024");
        assertThat(page.locator("nav a[href='/admin']")).hasCount(0);
        Response response = page.navigate(AppServer.url("/admin"));
        assertEquals(403, response.status());
        assertThat(page.locator("h1")).hasText("Behörighet saknas");
    }

    @Test
    void aPartnerReportsOnWhatItsOrganisationLeadsAndNotOnTheRest() {
        Browser.signIn(page, "polis");
        page.navigate(AppServer.url("/organisation"));
        page.locator("#activities a", new Page.LocatorOptions().setHasText("TRYG-3")).click();
        assertThat(page.locator("h1")).containsText("TRYG-3");
        page.locator("#actions\\:report").click();
        assertThat(page.locator("#reportForm\\:status")).isVisible();
        page.locator("#reportForm\\:status").selectOption("IN_PROGRESS");
        page.locator("#reportForm\\:light").selectOption("YELLOW");
        page.locator("#reportForm\\:progress").fill("65");
        String comment = "Lägesbild delad " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#reportForm\\:comment").fill(comment);
        page.locator("#reportForm\\:submit").click();
        assertThat(page.locator("#history")).containsText(comment);
        assertThat(page.locator("#history")).containsText("Erik Sandberg");
        page.reload();
        assertThat(page.locator("#history")).containsText(comment);

        // VINR-5 is led by the municipality; the police only take part: no report button for them.
        page.navigate(AppServer.url("/organisation"));
        page.locator("#activities a", new Page.LocatorOptions().setHasText("VINR-5")).click();
        assertThat(page.locator("h1")).containsText("VINR-5");
        assertThat(page.locator("#actions\\:report")).hasCount(0);
    }

    @Test
    void aCoordinatorCreatesAnActivityAndReportsOnIt() {
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement?id=1"));
        page.locator("#edit").click();
        assertThat(page.locator("h1")).containsText("Redigera");
        String reference = Browser.newReference("VINR");
        String title = "Gemensam utbildningsdag " + reference;
        Browser.addVinrActivity(page, reference, title);

        page.navigate(AppServer.url("/agreement?id=1"));
        page.locator("a", new Page.LocatorOptions().setHasText(reference)).first().click();
        assertThat(page.locator("h1")).containsText(title);
        page.locator("#actions\\:report").click();
        page.locator("#reportForm\\:status").selectOption("COMPLETED");
        page.locator("#reportForm\\:comment").fill("Utbildningsdagen är genomförd.");
        page.locator("#reportForm\\:submit").click();
        assertThat(page.locator("#history")).containsText("Utbildningsdagen är genomförd.");
        assertThat(page.locator("#history")).containsText("Anna Lindqvist");
        assertThat(page.locator("#current")).containsText("Genomförd");
    }

    @Test
    void onlyTheCoordinatorReachesEditing() {
        for (String user : new String[] {"polis", "styrgrupp", "admin"}) {
            Browser.signIn(page, user);
            page.navigate(AppServer.url("/agreement?id=1"));
            assertThat(page.locator("h1")).hasText("Samverkansöverenskommelse Huddinge 2023–2024");
            assertThat(page.locator("#edit")).hasCount(0);
            Response response = page.navigate(AppServer.url("/agreement-edit?id=1"));
            assertEquals(403, response.status(), user);
            context.clearCookies();
        }
    }

    @Test
    void aPartnerSeesItsOrganisationsActivities() {
        Browser.signIn(page, "polis");
        page.navigate(AppServer.url("/organisation"));
        assertThat(page.locator("h1")).containsText("Polismyndigheten");
        assertThat(page.locator("#activities")).containsText("VINR-4");
        assertThat(page.locator("#activities")).containsText("Ansvarig");

        // Filtrera shows, from the first page, only what the filter lets through; Återställ shows all again.
        Locator rows = page.locator("#activities tbody tr");
        int all = rows.count();
        page.locator("#filters\\:status").selectOption("IN_PROGRESS");
        page.locator("#filters\\:apply").click();
        assertThat(rows.first()).containsText("Pågår");
        assertThat(page.locator("#activities tbody tr:not(:has-text('Pågår'))")).hasCount(0);
        assertTrue(rows.count() < all, "the filter left some out");
        page.locator("#filters\\:reset").click();
        assertThat(rows).hasCount(all);
    }
}

package se.samspar.web.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Properties;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samspar.identity.api.UserAccounts;
import se.samspar.web.e2e.Axe;
import se.samspar.web.e2e.Browser;

/**
 * A coordinator's save that the database keeps rolling back over locks, five attempts in a row (the services' retry
 * used up), is refused at the form in a real browser, in Swedish and in English: what they typed stays, nothing is
 * saved, no error page, and axe finds nothing on the page showing the refusal; the same save sent again once the
 * database lets it through is saved once.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(AsSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LockConflictAtTheFormIT extends WithServices {
    static final String HAND_OVER = "lock-conflict-at-the-form-it";
    static final String PASSWORD = "ett-langt-losenord";

    @Inject
    CollidingCreates collisions;
    @Inject
    UserAccounts accounts;
    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCoordinatorWhoseAgreementsNextCreatesCollide() throws Exception {
        Fixtures.Built b = Fixtures.build(this);
        String user = "lock-samordnare-" + b.agreementId();
        Fixtures.coordinator(accounts, agreements, b, user, "Lina Lås", PASSWORD);
        collisions.arm(b.agreementId(), 10); // two refused saves of five attempts each

        Properties made = new Properties();
        made.setProperty("user", user);
        made.setProperty("agreement", Long.toString(b.agreementId()));
        made.setProperty("area", Long.toString(b.areaId()));
        made.setProperty("lead", Long.toString(b.policeParty()));
        HandOver.store(HAND_OVER, made);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSaveIsRefusedAtTheFormWithWhatWasTypedAndSentAgainIsSaved() throws Exception {
        InTheBrowser.saveTwice(base, HandOver.load(HAND_OVER));
    }

    @Test
    @Order(3)
    void theRefusedSaveWroteNothingAndTheSecondWasSavedOnce() throws Exception {
        long agreement = Long.parseLong(HandOver.load(HAND_OVER).getProperty("agreement"));

        assertEquals(11, collisions.attempts(agreement), "five attempts of each refused save, one of the last");
        assertEquals(1, activities.activitiesOf(agreement).size(), "the refused save left nothing behind");
        assertEquals("LÅS-1", activities.activitiesOf(agreement).get(0).reference());
    }

    /** The steps in Chromium, in the test JVM: a class of its own, so the container never loads Playwright. */
    static final class InTheBrowser {
        private InTheBrowser() {
        }

        static void saveTwice(URL base, Properties made) {
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            try (BrowserContext context = Browser.newContext()) {
                Page page = context.newPage();
                Browser.signIn(page, root + "login", made.getProperty("user"), PASSWORD);
                page.navigate(root + "activity-edit?agreement=" + made.getProperty("agreement"));
                fillAndSave(page, made);
                assertRefused(page, made, "Ny aktivitet",
                        "Samspår var för hårt belastat för att spara just nu – ingenting sparades.");

                Browser.switchLanguage(page, "en");
                fillAndSave(page, made);
                assertRefused(page, made, "New activity", "Samspår was too busy to save just now – nothing was saved.");

                page.locator("#activity\\:save").click();

                page.waitForURL(url -> url.contains("/activity?"));
                assertThat(page.locator("h1")).containsText("LÅS-1");
            }
        }

        private static void fillAndSave(Page page, Properties made) {
            page.locator("#activity\\:areaId").selectOption(made.getProperty("area"));
            page.locator("#activity\\:reference").fill("LÅS-1");
            page.locator("#activity\\:title").fill("Trygghetsvandringar i centrum");
            page.locator("#activity\\:leadPartyId").selectOption(made.getProperty("lead"));
            page.locator("#activity\\:save").click();
        }

        /** The refusal at the form, what was typed still there, and nothing axe finds on the page saying it. */
        private static void assertRefused(Page page, Properties made, String heading, String message) {
            assertThat(page.locator("#activity\\:messages")).containsText(message);
            assertThat(page.locator("h1")).hasText(heading);
            assertThat(page.locator("#activity\\:reference")).hasValue("LÅS-1");
            assertThat(page.locator("#activity\\:title")).hasValue("Trygghetsvandringar i centrum");
            assertThat(page.locator("#activity\\:leadPartyId")).hasValue(made.getProperty("lead"));
            Axe.assertNoViolations(page);
        }
    }
}

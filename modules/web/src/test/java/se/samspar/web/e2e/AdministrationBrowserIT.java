package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, point 7: an administrator edits an existing account (name, roles, coordinator rights), deactivates one
 * only after a confirmation, never their own, and makes an organisation on the spot from the user form; every new
 * state passes axe in Swedish and English.
 */
@ExtendWith(BrowserExtension.class)
class AdministrationBrowserIT {
    private static final String AGREEMENT = "Samverkansöverenskommelse Huddinge 2023–2024";

    private Page page;
    private PageErrors errors;

    @BeforeEach
    void signIn() {
        Browser.signIn(page, "admin");
        page.navigate(AppServer.url("/admin"));
    }

    private String createPartner(String displayName) {
        String username = "adm" + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#user\\:username").fill(username);
        page.locator("#user\\:displayName").fill(displayName);
        page.locator("#user\\:organisationId").selectOption(new SelectOption().setLabel("Polismyndigheten"));
        Browser.tick(page.getByLabel("Samverkanspart"));
        page.locator("#user\\:password").fill("ett bra lösenord 2026");
        page.locator("#user\\:create").click();
        assertThat(page.locator("#user\\:messages")).containsText("Användaren har skapats");
        find(username);
        return username;
    }

    /** The list searched for the account, so its row is shown whatever page it would be on. */
    private void find(String username) {
        page.locator("#users\\:search").fill(username);
        page.locator("#users\\:find").click();
        assertThat(page.locator("#users\\:table tbody tr")).hasCount(1);
        assertThat(row(username)).isVisible();
    }

    private Locator row(String username) {
        return page.locator("#users\\:table tbody tr", new Page.LocatorOptions().setHasText(username));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void anAdministratorGivesAnExistingUserCoordinatorRights() {
        String username = createPartner("Greta Granskare");
        button("Ändra " + username).click();
        assertThat(page.locator("#user-heading")).hasText("Ändra användare: Greta Granskare");
        assertThat(page.locator("#user\\:displayName")).isFocused();
        assertThat(page.locator("#user\\:username")).hasCount(0); // the username is not changed
        Axe.assertNoViolations(page);

        page.locator("#user\\:displayName").fill("Greta Samordnare");
        Browser.tick(page.getByLabel("Samordnare", new Page.GetByLabelOptions().setExact(true)));
        Browser.tick(page.getByLabel(AGREEMENT, new Page.GetByLabelOptions().setExact(true)));
        page.locator("#user\\:save").click();
        assertThat(page.locator("#user\\:messages")).containsText("Ändringarna för Greta Samordnare är sparade.");
        assertThat(page.locator("#user\\:messages")).isInViewport();
        assertThat(row(username)).containsText("Greta Samordnare");
        assertThat(row(username)).containsText("Polismyndigheten"); // the organisation column
        assertThat(row(username)).containsText("Samordnare");
        assertThat(row(username)).containsText(AGREEMENT);
        assertThat(page.locator("#user-heading")).hasText("Ny användare");
        Axe.assertNoViolations(page);

        Browser.switchLanguage(page, "en");
        find(username);
        button("Edit " + username).click();
        assertThat(page.locator("#user-heading")).hasText("Edit user: Greta Samordnare");
        Axe.assertNoViolations(page);
        errors.assertNone();
    }

    @Test
    void deactivationAsksFirstAndCanBeCancelled() {
        String username = createPartner("Dag Dialog");
        button("Stäng av " + username).click();
        assertThat(page.locator("#deactivateDialog")).isVisible();
        assertThat(page.locator("#deactivateConfirm")).containsText("Dag Dialog (" + username + ")");
        assertThat(page.locator("#deactivateConfirm\\:cancel")).isFocused();
        Axe.assertNoViolations(page);

        page.locator("#deactivateConfirm\\:cancel").click();
        assertThat(page.locator("#deactivateDialog")).isHidden();
        assertThat(row(username)).containsText("Aktiv");
        assertThat(button("Stäng av " + username)).isFocused();

        button("Stäng av " + username).click();
        page.locator("#deactivateConfirm\\:confirm").click();
        assertThat(page.locator("#users\\:messages")).containsText("Användaren har stängts av.");
        assertThat(row(username)).containsText("Avstängd");

        Browser.switchLanguage(page, "en");
        String other = "adm" + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#user\\:username").fill(other);
        page.locator("#user\\:displayName").fill("Dagny Dialog");
        page.locator("#user\\:organisationId").selectOption(new SelectOption().setLabel("Polismyndigheten"));
        Browser.tick(page.getByLabel("Partner", new Page.GetByLabelOptions().setExact(true)));
        page.locator("#user\\:password").fill("ett bra lösenord 2026");
        page.locator("#user\\:create").click();
        assertThat(page.locator("#user\\:messages")).containsText("The user was created.");
        find(other);
        button("Deactivate " + other).click();
        assertThat(page.locator("#deactivateDialog")).isVisible();
        Axe.assertNoViolations(page);
        page.keyboard().press("Escape");
        assertThat(page.locator("#deactivateDialog")).isHidden();
        errors.assertNone();
    }

    /** The signed-in administrator's own row offers no deactivation (and the service refuses it: PermissionsIT). */
    @Test
    void administratorsCannotDeactivateThemselves() {
        find("admin");
        assertThat(row("admin")).containsText("Ditt eget konto");
        assertThat(button("Stäng av admin")).hasCount(0);
        assertThat(button("Ändra admin")).hasCount(1);
        errors.assertNone();
    }

    @Test
    void anOrganisationIsMadeInsideTheUserFormAndChosen() {
        String name = "Lokalpolisområde " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(page.locator("#user")).containsText("ser en överenskommelse först när deras organisation är part i den");
        page.locator("#user\\:displayName").fill("Kvar efteråt");
        page.locator("#user\\:addOrganisation").click();
        assertThat(page.locator("#user\\:organisationName")).isFocused();
        page.locator("#user\\:createOrganisation").click(); // empty: refused at its fields, nothing made
        assertThat(page.locator("#inlineOrganisation")).containsText("Måste fyllas i.");
        Axe.assertNoViolations(page);

        page.locator("#user\\:organisationName").fill(name);
        page.locator("#user\\:organisationType").selectOption("POLICE");
        page.locator("#user\\:createOrganisation").click();
        assertThat(page.locator("#user\\:messages")).containsText("Organisationen " + name + " har skapats och valts");
        assertThat(page.locator("#user\\:organisationId option:checked")).hasText(name);
        assertThat(page.locator("#user\\:displayName")).hasValue("Kvar efteråt");
        assertThat(page.locator("#inlineOrganisation")).hasCount(0);
        Axe.assertNoViolations(page);

        // The organisations section's own form says so beside it, and the new organisation is at once in the user form.
        String another = "Brottsofferjour " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#organisation\\:organisationName").fill(another);
        page.locator("#organisation\\:organisationType").selectOption("OTHER");
        page.locator("#organisation\\:create").click();
        assertThat(page.locator("#organisation\\:messages")).containsText("Organisationen har skapats.");
        assertThat(page.locator("#organisation\\:messages")).isInViewport();
        assertThat(page.locator("#user\\:organisationId option", new Page.LocatorOptions().setHasText(another)))
                .hasCount(1);

        Browser.switchLanguage(page, "en");
        page.locator("#user\\:addOrganisation").click();
        assertThat(page.locator("#inlineOrganisation")).containsText("New organisation");
        Axe.assertNoViolations(page);
        errors.assertNone();
    }

    /**
     * With more organisations than the user form's select offers (50), a search finds the others, and the
     * organisations table pages and searches in the database. The 50 made here start with "Ö", which sorts after
     * every other name, so the organisations other tests choose stay among the 50 offered.
     */
    @Test
    void organisationsAreFoundBySearch() {
        String token = UUID.randomUUID().toString().substring(0, 6);
        Locator name = page.locator("#organisation\\:organisationName");
        for (int i = 0; i < 50; i++) {
            name.fill(String.format("Övningsorganisation %s %02d", token, i));
            page.locator("#organisation\\:organisationType").selectOption("OTHER");
            page.locator("#organisation\\:create").click();
            assertThat(name).hasValue(""); // the form was emptied: made
        }
        page.reload();
        assertThat(page.locator("#user\\:organisationSearchHint")).hasText(
                "Listan visar de 50 första som sökningen hittar. Sök mer precist för att hitta fler.");
        assertThat(page.locator("#user\\:organisationId option")).hasCount(51); // "– Välj –" and 50
        Axe.assertNoViolations(page);

        Locator search = page.locator("#user\\:organisationSearch");
        search.fill("ÖVNINGSORGANISATION " + token + " 4");
        search.press("Enter");
        assertThat(page.locator("#user\\:organisationId option")).hasCount(11);
        assertThat(page.locator("#user\\:organisationSearchHint")).hasText("");
        page.locator("#user\\:organisationId").selectOption(new SelectOption().setLabel(
                "Övningsorganisation " + token + " 42"));
        search.fill("ingen sådan " + token);
        page.locator("#user\\:organisationSearchFind").click();
        assertThat(page.locator("#user\\:organisationSearchHint")).hasText("Ingen organisation matchar sökningen.");
        // The one chosen stays offered, and chosen, whatever the search finds.
        assertThat(page.locator("#user\\:organisationId option:checked")).hasText("Övningsorganisation " + token + " 42");
        Axe.assertNoViolations(page);

        page.locator("#organisationListSearch").fill(token);
        page.locator("#findOrganisations").click();
        Locator rows = page.locator("#organisationTable tbody tr");
        assertThat(page.locator("#organisationTable")).containsText("1–25 / 50");
        assertThat(rows.first()).containsText("Övningsorganisation " + token + " 00");
        page.locator("#organisationTable .ui-paginator-next").first().click();
        assertThat(page.locator("#organisationTable")).containsText("26–50 / 50");
        assertThat(rows.last()).containsText("Övningsorganisation " + token + " 49");
        page.locator("#findOrganisations").click(); // Sök returns to the first page
        assertThat(page.locator("#organisationTable")).containsText("1–25 / 50");
        page.locator("#organisationListSearch").fill("ingen sådan " + token);
        page.locator("#findOrganisations").click();
        assertThat(page.locator("#organisationTable .ui-datatable-empty-message")).hasText(
                "Ingen organisation matchar sökningen.");
        assertThat(rows).hasCount(1);
        Axe.assertNoViolations(page);

        Browser.switchLanguage(page, "en");
        assertThat(page.locator("#user\\:organisationSearchHint")).containsText("The list shows the first 50 the search finds");
        Axe.assertNoViolations(page);
        errors.assertNone();
    }

    /**
     * A choice no longer among a select's options (an organisation pushed out of the first 50 by another
     * administrator's new one between render and save, or a forged request) is refused at the field in the page's
     * language, and nothing is saved.
     */
    @Test
    void aChoiceNoLongerOfferedIsRefusedAtTheFieldInThePagesLanguage() {
        String username = "adm" + UUID.randomUUID().toString().substring(0, 6);
        Locator message = page.locator("#user\\:organisationRow .ui-message");
        fillNewPartner(username, "Samverkanspart", "999999999");
        page.locator("#user\\:create").click();
        assertThat(message).containsText("Valet finns inte längre bland alternativen. Välj igen.");
        assertThat(page.locator("#user\\:messages")).not().containsText("Användaren har skapats");
        Axe.assertNoViolations(page);

        Browser.switchLanguage(page, "en");
        fillNewPartner(username, "Partner", "not a number");
        page.locator("#user\\:create").click();
        assertThat(message).containsText("The value could not be read. Enter or choose a valid value.");
        Axe.assertNoViolations(page);
        page.locator("#users\\:search").fill(username);
        page.locator("#users\\:find").click();
        assertThat(row(username)).hasCount(0);
        errors.assertNone();
    }

    /** The new-user form filled in, its organisation's option then given a value the page never offered. */
    private void fillNewPartner(String username, String partnerLabel, String organisationValue) {
        page.locator("#user\\:username").fill(username);
        page.locator("#user\\:displayName").fill("Olle Utanför");
        page.locator("#user\\:organisationId").selectOption(new SelectOption().setLabel("Polismyndigheten"));
        Browser.tick(page.getByLabel(partnerLabel, new Page.GetByLabelOptions().setExact(true)));
        page.locator("#user\\:password").fill("ett bra lösenord 2026");
        page.locator("#user\\:organisationId option:checked").evaluate("(o, v) => o.value = v", organisationValue);
    }

    /** The backup section tells whom to ask, not a file in the source tree. */
    @Test
    void theBackupSectionPointsToNoFileInTheSourceTree() {
        assertThat(page.locator("#backups-heading")).isVisible();
        String text = page.locator("section:has(#backups-heading)").innerText();
        assertEquals(false, text.contains("docs/") || text.contains(".md"), text);
    }
}

package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real installation (issue 11's done-when line): Samspår started without demo mode, with the first
 * administrator from SAMSPAR_ADMIN_USERNAME / SAMSPAR_ADMIN_PASSWORD (as -D settings). The administrator signs in,
 * follows the start page's link to the import page, uploads the Huddinge file, sees the preview, confirms, and the
 * agreement with its six parties is there; a refused file lists its problems. A coordinator then adds activities
 * from the filled XLSX template. axe-core checks the page, its preview and its refusal, in Swedish and English.
 * Then the whole path of a new agreement made in the UI: the administrator creates an organisation and the agreement
 * with its parties, a coordinator imports its activities from the filled template, activates it, a partner reports;
 * once the agreement is closed, a report sent from a dialog opened before is refused and nothing is written.
 */
@ExtendWith(BrowserExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallationBrowserIT {
    static final String ADMIN = "forste";
    static final String ADMIN_PASSWORD = "en lång och egen fras 2026";
    static final String TITLE = "Samverkansöverenskommelse Huddinge 2023–2024";
    private static AppProcess app;
    private Page page;

    @BeforeAll
    static void startARealInstallation() {
        Path target = AppProcess.targetDir();
        app = AppProcess.start(target.resolve("install-db-" + AppProcess.stamp()), target.resolve("install-server.log"),
                false, List.of("samspar.admin.username=" + ADMIN, "samspar.admin.password=" + ADMIN_PASSWORD,
                        "samspar.admin.organisation=Huddinge kommun"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private void signIn(String user, String password) {
        page.navigate(app.url("/login"));
        page.locator("#login\\:username").fill(user);
        page.locator("#login\\:password").fill(password);
        page.locator("#login\\:submit").click();
        try {
            page.waitForURL(url -> !Browser.isLoginPage(url));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError("signing in as " + user + " did not leave " + page.url() + "; the page says: "
                    + page.locator("body").innerText(), e);
        }
    }

    /** Downloads the agreement's import template and fills its first activity row with the cells (null: left empty). */
    private Path templateWithOneActivity(String filePrefix, String... cells) throws IOException {
        Download download = page.waitForDownload(() -> page.locator("#template\\:download").click());
        Path filled = Files.createTempFile(filePrefix, ".xlsx");
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet("Aktiviteter").createRow(1);
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                wb.write(out);
                Files.write(filled, out.toByteArray());
            }
        }
        return filled;
    }

    private void upload(Path file) {
        page.locator("input[type=file]").setInputFiles(file);
        page.locator("#upload\\:preview").click();
    }

    @Test
    @Order(1)
    void theAdministratorImportsTheHuddingeAgreementThroughThePreview() throws IOException {
        signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(page.locator("#agreements")).not().containsText("Huddinge");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importera en överenskommelse")).click();
        assertThat(page.locator("h1")).hasText("Importera och exportera");
        Axe.assertNoViolations(page);

        Path broken = Files.createTempFile("trasig", ".json");
        Files.writeString(broken, "{ \"format\": \"samspar-agreement/1\", \"organisations\": [], \"agreement\": {} }");
        upload(broken);
        assertThat(page.locator("#upload")).containsText("tas inte emot");
        assertThat(page.locator("#problems")).containsText("agreement.title");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        upload(broken);
        assertThat(page.locator("#problems")).containsText("JSON path agreement.title");
        Axe.assertNoViolations(page);
        upload(Path.of("../../config/demo/huddinge-2023-2024.json"));
        assertThat(page.locator("#previewTitle")).hasText(TITLE);
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        upload(Path.of("../../config/demo/huddinge-2023-2024.json"));
        assertThat(page.locator("#previewTitle")).hasText(TITLE);
        assertThat(page.locator("#previewParties")).containsText("6: Huddinge kommun, Polismyndigheten");
        Axe.assertNoViolations(page);
        page.locator("#confirm\\:confirmImport").click();
        assertThat(page.locator("#upload")).containsText("Importen är klar");

        page.navigate(app.url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE).setExact(true)).click();
        for (String party : List.of("Huddinge kommun", "Polismyndigheten", "Södertörns brandförsvarsförbund",
                "Kriminalvården", "Huge Bostäder AB", "Huddinge Samhällsfastigheter AB")) {
            assertThat(page.locator("main")).containsText(party);
        }
    }

    @Test
    @Order(2)
    void aCoordinatorAddsActivitiesFromTheFilledTemplate() throws IOException {
        signIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(app.url("/admin"));
        page.locator("#user\\:username").fill("samordnaren");
        page.locator("#user\\:displayName").fill("Sam Ordnare");
        page.locator("#user\\:organisationId").selectOption(new SelectOption().setLabel("Huddinge kommun"));
        Browser.tick(page.getByLabel("Samordnare", new Page.GetByLabelOptions().setExact(true)));
        Browser.tick(page.getByLabel(TITLE));
        page.locator("#user\\:password").fill("tillfälligt lösen 1");
        page.locator("#user\\:create").click();
        assertThat(page.locator("#users\\:table")).containsText("samordnaren");
        page.context().clearCookies();

        signIn("samordnaren", "tillfälligt lösen 1");
        Browser.changePassword(page, "tillfälligt lösen 1", "en helt annan fras 77");
        assertThat(page.locator("main")).containsText("Lösenordet är bytt");
        page.navigate(app.url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE).setExact(true)).click();
        page.locator("#transfer").click();
        Path filled = templateWithOneActivity("aktiviteter", "VINR", "VINR-90", "Informationskväll för föräldrar", null,
                "Informationsinsatser", "Polisen", "Huddinge kommun");
        upload(filled);
        assertThat(page.locator("#previewActivities")).containsText("VINR-90");
        assertThat(page.locator("#previewActivities")).containsText("Polismyndigheten");
        Axe.assertNoViolations(page);
        page.locator("#confirm\\:confirmImport").click();
        assertThat(page.locator("#upload")).containsText("Importen är klar");
        page.locator("#back").click();
        assertThat(page.locator("main")).containsText("VINR-90");

        page.locator("#transfer").click();
        Download json = page.waitForDownload(() -> page.locator("#export\\:json").click());
        String exported = Files.readString(json.path());
        assertTrue(exported.contains("\"VINR-90\""), "the export holds the added activity");
        assertEquals(1, exported.split("\"samspar-agreement/1\"", -1).length - 1);
    }

    static final String NEW_TITLE = "Samverkan Syd 2027–2028";

    private void createUser(String username, String organisation, String role, String coordinates) {
        page.navigate(app.url("/admin"));
        page.locator("#user\\:username").fill(username);
        page.locator("#user\\:displayName").fill("Namn " + username);
        page.locator("#user\\:organisationId").selectOption(new SelectOption().setLabel(organisation));
        Browser.tick(page.getByLabel(role, new Page.GetByLabelOptions().setExact(true)));
        if (coordinates != null) {
            Browser.tick(page.getByLabel(coordinates));
        }
        page.locator("#user\\:password").fill("tillfälligt lösen 1");
        page.locator("#user\\:create").click();
        assertThat(page.locator("#users\\:table")).containsText(username);
    }

    private void firstSignIn(Page on, String username) {
        on.navigate(app.url("/login"));
        on.locator("#login\\:username").fill(username);
        on.locator("#login\\:password").fill("tillfälligt lösen 1");
        on.locator("#login\\:submit").click();
        on.waitForURL(url -> !Browser.isLoginPage(url));
        Browser.changePassword(on, "tillfälligt lösen 1", "en helt egen fras 2027");
        assertThat(on.locator("main")).containsText("Lösenordet är bytt");
    }

    @Test
    @Order(3)
    void anAgreementMadeInTheUiIsImportedIntoActivatedReportedOnAndOnceClosedRefusesAReport() throws IOException {
        signIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(app.url("/admin"));
        page.locator("#organisation\\:organisationName").fill("Lokalpolisområde Syd");
        page.locator("#organisation\\:organisationType").selectOption("POLICE");
        page.locator("#organisation\\:create").click();
        assertThat(page.locator("#organisationTable")).containsText("Lokalpolisområde Syd");

        page.navigate(app.url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny överenskommelse")).click();
        assertThat(page.locator("h1")).hasText("Ny överenskommelse");
        Axe.assertNoViolations(page);
        page.locator("#newAgreement\\:create").click();
        assertThat(page.locator("#newAgreement")).containsText("Måste fyllas i.");
        Axe.assertNoViolations(page);
        page.locator("#newAgreement\\:name").fill("Syd Bostäder AB");
        page.locator("#newAgreement\\:type").selectOption("HOUSING_COMPANY");
        page.locator("#newAgreement\\:organisationNumber").fill("123");
        page.locator("#newAgreement\\:addOrganisation").click();
        assertThat(page.locator("#newAgreement")).containsText("Organisationsnumret ska skrivas NNNNNN-NNNN.");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("h1")).hasText("New agreement");
        page.locator("#newAgreement\\:create").click();
        assertThat(page.locator("#newAgreement")).containsText("Required.");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        page.locator("#newAgreement\\:title").fill(NEW_TITLE);
        page.locator("#newAgreement\\:validFrom").fill("2027-01-01");
        page.locator("#newAgreement\\:validTo").fill("2028-12-31");
        page.locator("#newAgreement\\:decidedBy").fill("Kommunstyrelsen");
        page.locator("#newAgreement\\:diaryNumber").fill("KS-2026/77");
        Browser.tick(page.getByLabel("Huddinge kommun", new Page.GetByLabelOptions().setExact(true)));
        Browser.tick(page.getByLabel("Lokalpolisområde Syd", new Page.GetByLabelOptions().setExact(true)));
        // A search narrows the boxes offered (an installation for the whole country knows ~1,000 organisations);
        // those ticked stay offered and ticked, whatever it finds, and the rest of the form keeps what was typed.
        Locator boxes = page.locator("#newAgreement\\:organisationIds input[type=checkbox]");
        page.locator("#newAgreement\\:organisationSearch").fill("ingen sådan organisation");
        page.locator("#newAgreement\\:organisationSearch").press("Enter");
        assertThat(page.locator("#newAgreement\\:organisationSearchHint")).hasText("Ingen organisation matchar sökningen.");
        assertThat(boxes).hasCount(2);
        assertThat(page.locator("#newAgreement\\:organisationIds input:checked")).hasCount(2);
        assertThat(page.locator("#newAgreement\\:title")).hasValue(NEW_TITLE);
        Axe.assertNoViolations(page);
        page.locator("#newAgreement\\:organisationSearch").fill("");
        page.locator("#newAgreement\\:organisationSearchFind").click();
        assertThat(page.locator("#newAgreement\\:organisationSearchHint")).hasText("");
        assertThat(page.getByLabel("Huddinge kommun", new Page.GetByLabelOptions().setExact(true))).isChecked();
        page.locator("#newAgreement\\:name").fill("Syd Bostäder AB");
        page.locator("#newAgreement\\:type").selectOption("HOUSING_COMPANY");
        page.locator("#newAgreement\\:organisationNumber").fill("556677-8899");
        page.locator("#newAgreement\\:addOrganisation").click();
        assertThat(page.locator("#newAgreement\\:parties")).containsText("Syd Bostäder AB (Bostadsbolag, 556677-8899)");
        Axe.assertNoViolations(page);
        page.locator("#newAgreement\\:create").click();
        assertThat(page.locator("h1")).containsText(NEW_TITLE);
        assertThat(page.locator("#partyList")).containsText("Syd Bostäder AB");
        assertThat(page.locator("#partyList")).containsText("Lokalpolisområde Syd");
        // Adding a party: the select offers the organisations not yet party, narrowed by a search.
        assertThat(page.locator("#party\\:organisationId option", new Page.LocatorOptions().setHasText("Huddinge kommun")))
                .hasCount(0);
        page.locator("#party\\:organisationSearch").fill("ingen sådan organisation");
        page.locator("#party\\:organisationSearch").press("Enter");
        assertThat(page.locator("#party\\:organisationSearchHint")).hasText("Ingen organisation matchar sökningen.");
        assertThat(page.locator("#party\\:organisationId option")).hasCount(1); // "– Välj –" only
        page.locator("#area\\:code").fill("SYD");
        page.locator("#area\\:name").fill("Trygghet i Syd");
        page.locator("#area\\:save").click();
        assertThat(page.locator("#structure")).containsText("Trygghet i Syd (SYD)");
        page.locator("#goal\\:areaId").selectOption(new SelectOption().setLabel("Trygghet i Syd (SYD)"));
        page.locator("#goal\\:title").fill("Ökad trygghet");
        page.locator("#goal\\:save").click();
        assertThat(page.locator("#structure")).containsText("Ökad trygghet");
        // Removing: an area with a goal is refused, naming it; an empty one goes (each after a confirmation).
        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta bort SYD").setExact(true)).click();
        assertThat(page.locator("#structure")).containsText("Området kan inte tas bort medan det har mål: Ökad trygghet.");
        Axe.assertNoViolations(page);
        page.locator("#area\\:code").fill("TMP");
        page.locator("#area\\:name").fill("Tillfälligt");
        page.locator("#area\\:save").click();
        assertThat(page.locator("#structure")).containsText("Tillfälligt (TMP)");
        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta bort TMP").setExact(true)).click();
        assertThat(page.locator("#structure")).containsText("Området är borttaget.");
        assertThat(page.locator("#structure")).not().containsText("Tillfälligt (TMP)");

        createUser("samordnare-syd", "Huddinge kommun", "Samordnare", NEW_TITLE);
        createUser("polis-syd", "Lokalpolisområde Syd", "Samverkanspart", null);
        page.context().clearCookies();

        firstSignIn(page, "samordnare-syd");
        page.navigate(app.url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(NEW_TITLE).setExact(true)).click();
        page.locator("#transfer").click();
        Path filled = templateWithOneActivity("syd", "SYD", "SYD-1", "Trygghetsvandring i centrum", null, "Ökad trygghet",
                "Lokalpolisområde Syd", "Huddinge kommun");
        upload(filled);
        assertThat(page.locator("#previewActivities")).containsText("SYD-1");
        page.locator("#confirm\\:confirmImport").click();
        assertThat(page.locator("#upload")).containsText("Importen är klar");
        page.locator("#back").click();
        assertThat(page.locator("main")).containsText("SYD-1");
        page.locator("#edit").click();
        String editUrl = page.url();
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#status\\:advance").click();
        assertThat(page.locator("#status")).containsText("Gällande");

        BrowserContext partnerContext = Browser.newContext();
        try {
            Page partner = partnerContext.newPage();
            firstSignIn(partner, "polis-syd");
            partner.navigate(app.url("/"));
            partner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(NEW_TITLE).setExact(true)).click();
            partner.locator("main a", new Page.LocatorOptions().setHasText("SYD-1")).first().click();
            assertThat(partner.locator("h1")).containsText("SYD-1");
            partner.locator("#actions\\:report").click();
            partner.locator("#reportForm\\:status").selectOption("IN_PROGRESS");
            partner.locator("#reportForm\\:progress").fill("20");
            partner.locator("#reportForm\\:comment").fill("Första vandringen är gjord");
            partner.locator("#reportForm\\:submit").click();
            assertThat(partner.locator("#history")).containsText("Första vandringen är gjord");

            // The partner opens the dialog again while the agreement is active; the coordinator closes it meanwhile.
            partner.locator("#actions\\:report").click();
            partner.locator("#reportForm\\:comment").fill("Ska inte sparas");
            page.navigate(editUrl);
            page.onceDialog(dialog -> dialog.accept());
            page.locator("#status\\:advance").click();
            assertThat(page.locator("#closedNotice")).isVisible();
            assertThat(page.locator("#party")).hasCount(0);
            assertThat(page.locator("#activity")).hasCount(0);
            Axe.assertNoViolations(page);

            partner.locator("#reportForm\\:submit").click();
            assertThat(partner.locator("#reportForm")).containsText(
                    "Lägesrapporten sparades inte: Överenskommelsen är avslutad och kan inte ändras.");
            partner.reload();
            assertThat(partner.locator("#closedNotice")).isVisible();
            assertThat(partner.locator("#actions\\:report")).hasCount(0);
            assertThat(partner.locator("#history")).not().containsText("Ska inte sparas");
            Axe.assertNoViolations(partner);
        } finally {
            partnerContext.close();
        }
    }
}

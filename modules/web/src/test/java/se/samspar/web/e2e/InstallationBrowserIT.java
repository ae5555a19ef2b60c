package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
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
        page.waitForURL(url -> !Browser.isLoginPage(url));
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
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
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
        page.getByLabel("Samordnare", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel(TITLE).check();
        page.locator("#user\\:password").fill("tillfälligt lösen 1");
        page.locator("#user\\:create").click();
        assertThat(page.locator("#users\\:table")).containsText("samordnaren");
        page.context().clearCookies();

        signIn("samordnaren", "tillfälligt lösen 1");
        page.locator("#change\\:current").fill("tillfälligt lösen 1");
        page.locator("#change\\:newPassword").fill("en helt annan fras 77");
        page.locator("#change\\:repeat").fill("en helt annan fras 77");
        page.locator("#change\\:submit").click();
        assertThat(page.locator("main")).containsText("Lösenordet är bytt");
        page.navigate(app.url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
        page.locator("#transfer").click();
        Download download = page.waitForDownload(() -> page.locator("#template\\:download").click());
        Path filled = Files.createTempFile("aktiviteter", ".xlsx");
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet("Aktiviteter").createRow(1);
            String[] cells = {"VINR", "VINR-90", "Informationskväll för föräldrar", null, "Informationsinsatser",
                    "Polisen", "Huddinge kommun"};
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
}

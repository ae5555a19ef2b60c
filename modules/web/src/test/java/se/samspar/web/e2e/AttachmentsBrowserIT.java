package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13: attachments on an agreement, a meeting and a decision — a coordinator attaches the signed agreement as a
 * PDF and reads the same bytes back; a file that is no PDF, PNG or JPEG is refused at the field, whatever its name,
 * and a name with a personal identity number too, writing nothing; a partner downloads but has no upload form; the
 * coordinator removes it. axe-core in Swedish and English.
 */
@ExtendWith(BrowserExtension.class)
class AttachmentsBrowserIT {
    private Page page;

    @Test
    void aCoordinatorAttachesTheSignedAgreementAndAPartnerReadsIt() throws IOException {
        String name = "undertecknad-" + UUID.randomUUID().toString().substring(0, 6) + ".pdf";
        byte[] pdf = pdf();
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement?id=1"));
        Axe.assertNoViolations(page);

        // A program renamed to .pdf is refused at the field; nothing is listed.
        page.locator("#attachments\\:file").setInputFiles(new FilePayload("avtal.pdf", "application/pdf",
                "MZ this is no PDF".getBytes(StandardCharsets.ISO_8859_1)));
        page.locator("#attachments\\:attach").click();
        assertThat(page.locator("#attachmentSection")).containsText("Bara PDF-, PNG- och JPEG-filer kan bifogas.");
        assertThat(page.locator("#attachmentList li", new Page.LocatorOptions().setHasText("avtal.pdf"))).hasCount(0);
        Axe.assertNoViolations(page);
        // A personal identity number in the name is refused too (rule 9).
        page.locator("#attachments\\:file").setInputFiles(new FilePayload("intyg 811218-9876.pdf", "application/pdf", pdf));
        page.locator("#attachments\\:attach").click();
        assertThat(page.locator("#attachmentSection")).containsText("personnummer");
        assertThat(page.locator("#attachmentList")).not().containsText("811218-9876");

        page.locator("#attachments\\:file").setInputFiles(new FilePayload(name, "application/pdf", pdf));
        page.locator("#attachments\\:attach").click();
        assertThat(page.locator("#attachmentSection")).containsText("Filen är bifogad.");
        assertThat(page.locator("#attachmentList")).containsText(name);
        assertArrayEquals(pdf, download(page, name), "the same bytes back");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("#attachments-heading")).hasText("Attachments");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        Browser.asUser("polis", partner -> {
            partner.navigate(AppServer.url("/agreement?id=1"));
            assertThat(partner.locator("#attachmentList")).containsText(name);
            assertThat(partner.locator("#attachments\\:file")).hasCount(0);
            assertThat(partner.locator(".remove-attachment")).hasCount(0);
            try {
                assertEquals(pdf.length, download(partner, name).length);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        page.locator("#attachmentList li", new Page.LocatorOptions().setHasText(name)).locator(".remove-attachment")
                .click();
        assertThat(page.locator("#attachmentSection")).containsText("Bilagan är borttagen.");
        assertThat(page.locator("#attachmentList")).not().containsText(name);
    }

    @Test
    void minutesAreAttachedToAMeeting() throws IOException {
        Browser.signIn(page, "samordnare");
        Browser.open(page, "/meetings?agreement=1");
        page.locator("#meetingList a").first().click();
        assertThat(page.locator("#attachmentSection")).isVisible();
        String name = "protokoll-" + UUID.randomUUID().toString().substring(0, 6) + ".pdf";
        page.locator("#attachments\\:file").setInputFiles(new FilePayload(name, "application/pdf", pdf()));
        page.locator("#attachments\\:attach").click();
        assertThat(page.locator("#attachmentList")).containsText(name);
        assertTrue(new String(download(page, name), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Axe.assertNoViolations(page);
    }

    private static byte[] download(Page page, String name) throws IOException {
        Download d = page.waitForDownload(() -> page.locator("#attachmentList a", new Page.LocatorOptions()
                .setHasText(name)).click());
        assertEquals(name, d.suggestedFilename());
        return Files.readAllBytes(d.path());
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }
}

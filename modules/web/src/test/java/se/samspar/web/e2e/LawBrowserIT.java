package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13's whole chain in the browser: the coordinator records a situation picture with two problems, links
 * activities to them — one its own, one created by a meeting's decision and led by the police — the parties report
 * hours, a follow-up marked by Brå's kinds is adopted, and the law view shows the three duties in place. A board
 * member downloads the law view's one-page PDF and the follow-up's PDF; both, read back, show problem → measures →
 * result and hours per party. axe-core on the new pages in Swedish and English.
 */
@ExtendWith(BrowserExtension.class)
class LawBrowserIT {
    private static final String VINR = "Våld i nära relation (VINR)";

    private Page page;

    @Test
    void fromSituationPictureThroughMeetingAndFollowUpToTheLawView() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String violence = "Våld i hemmet " + tag;
        String youth = "Unga i kriminalitet " + tag;
        Browser.signIn(page, "samordnare");

        // An activity of the municipality's own.
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        String own = Browser.newReference("VINR");
        Browser.addVinrActivity(page, own, "Stöd till våldsutsatta " + tag);

        // A meeting whose decision creates an activity led by the police.
        Browser.open(page, "/meetings?agreement=1");
        String meeting = "Arbetsgruppsmöte " + tag;
        page.locator("#meeting\\:title").fill(meeting);
        page.locator("#meeting\\:heldOn").fill(LocalDate.now().toString());
        page.locator("#meeting\\:add").click();
        page.waitForURL(Pattern.compile(".*/meeting\\?id=\\d+"));
        page.locator("#decision\\:text").fill("Polisen leder ett nytt arbete med unga i riskzon.");
        page.locator("#decision\\:paragraph").fill("§ 2");
        page.locator("#decision\\:record").click();
        page.locator("#decisionList a", new Page.LocatorOptions().setHasText("§ 2")).click();
        String decided = Browser.newReference("VINR");
        page.locator("#newActivity\\:areaId").selectOption(new SelectOption().setLabel(VINR));
        page.locator("#newActivity\\:reference").fill(decided);
        page.locator("#newActivity\\:title").fill("Unga i riskzon " + tag);
        page.locator("#newActivity\\:leadPartyId").selectOption(new SelectOption().setLabel("Polismyndigheten"));
        page.locator("#newActivity\\:create").click();
        assertThat(page.locator("#linkedActivities")).containsText(decided);
        page.locator("#linkedActivities a", new Page.LocatorOptions().setHasText(decided)).click();
        assertThat(page.locator("#origins")).containsText(meeting);
        String decidedUrl = page.url();

        // The situation picture, from the start page: a version of its own with two problems, each with a measure.
        page.navigate(AppServer.url("/"));
        page.locator("#lawLinks #situation").click();
        if (page.locator("#newVersion\\:draft").count() > 0) {
            page.locator("#newVersion\\:asOf").fill(LocalDate.now().toString());
            page.locator("#newVersion\\:draft").click();
            assertThat(page.locator("#newVersion")).hasCount(0);
        }
        String pictureUrl = page.url();
        addProblem(violence, "DOMESTIC_VIOLENCE");
        addProblem(youth, "ORGANISED_CRIME");
        link(violence, own + " Stöd till våldsutsatta " + tag);
        link(youth, decided + " Unga i riskzon " + tag);
        page.locator("#adopt\\:body").fill("Kommunstyrelsen");
        page.locator("#adopt\\:date").fill(LocalDate.now().toString());
        page.locator("#adopt\\:paragraph").fill("§ 7");
        page.locator("#adopt\\:diaryNumber").fill("KS-L/" + tag);
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#adopt\\:adoptButton").click();
        assertThat(page.locator("#status-value")).hasText("Fastställd");

        // The parties report their hours: the municipality on its activity, the police on the one it leads.
        page.navigate(AppServer.url("/activities?agreement=1"));
        report(page, own, "4");
        Browser.asUser("polis", police -> {
            police.navigate(decidedUrl);
            police.locator("#actions\\:report").click();
            police.locator("#reportForm\\:status").selectOption("IN_PROGRESS");
            police.locator("#reportForm\\:progress").fill("40");
            police.locator("#reportForm\\:hoursSpent").fill("2,5");
            police.locator("#reportForm\\:submit").click();
            assertThat(police.locator("#activityHours")).containsText("2,5");
        });
        page.navigate(decidedUrl);
        assertThat(page.locator("#activityHours tr", new Page.LocatorOptions().setHasText("Polismyndigheten")))
                .containsText("2,5");
        page.navigate(AppServer.url("/dashboard?agreement=1"));
        assertThat(page.locator("#hoursByProblem tr", new Page.LocatorOptions().setHasText(violence))).containsText("4");
        assertThat(page.locator("#hoursByProblem tr", new Page.LocatorOptions().setHasText(youth))).containsText("2,5");
        Axe.assertNoViolations(page);

        // A follow-up of the year, its area assessed as effect, adopted by the board's decision.
        page.navigate(AppServer.url("/follow-ups?agreement=1"));
        String followUp = "Lägesuppföljning " + tag;
        int year = LocalDate.now().getYear();
        page.locator("#open\\:kind").selectOption("OTHER");
        page.locator("#open\\:title").fill(followUp);
        page.locator("#open\\:periodFrom").fill(year + "-01-01");
        page.locator("#open\\:periodTo").fill(year + "-12-31");
        page.locator("#open\\:submit").click();
        assertThat(page.locator("h1")).hasText(followUp);
        String followUpUrl = page.url();
        page.locator("#status\\:startReporting").click();
        assertThat(page.locator("#status-value")).hasText("Rapportering pågår");
        page.getByLabel("Bedömning", new Page.GetByLabelOptions().setExact(true)).first()
                .fill("Färre anmälningar om våld i hemmet " + tag);
        page.getByLabel("Slag av uppföljning (Brå)").first().selectOption("EFFECT");
        page.locator("#assessment\\:save").click();
        assertThat(page.locator("#assessment")).containsText("Ändringarna har sparats.");
        Locator problems = page.locator("#problems");
        assertThat(problems.locator("section", new Locator.LocatorOptions().setHasText(violence))).containsText(own);
        assertThat(problems.locator("section", new Locator.LocatorOptions().setHasText(youth))).containsText(decided);
        assertThat(page.locator("#kind-EFFECT + ul")).containsText("Färre anmälningar om våld i hemmet " + tag);
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("#problems-heading")).hasText("Problems, measures and results");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");
        page.locator("#adoption\\:body").fill("Kommunstyrelsen");
        page.locator("#adoption\\:date").fill(LocalDate.now().toString());
        page.locator("#adoption\\:paragraph").fill("§ 9");
        page.locator("#adoption\\:diaryNumber").fill("KS-F/" + tag);
        page.locator("#adoption\\:adopt").click();
        page.locator("#adoptConfirm\\:confirm").click();
        assertThat(page.locator("#status-value")).hasText("Fastställd");

        // The law view, from the start page: all three duties in place.
        page.navigate(AppServer.url("/"));
        page.locator("#lawLinks #law").click();
        assertThat(page.locator("h1")).hasText("Brottsförebyggande arbete enligt lagen – Huddinge kommun");
        assertThat(page.locator("#duty-picture .duty-state")).hasText("På plats");
        assertThat(page.locator("#duty-plan .duty-state")).hasText("På plats");
        assertThat(page.locator("#duty-coordination .duty-state")).hasText("På plats");
        assertThat(page.locator("#latestPicture")).containsText("KS-L/" + tag);
        assertThat(page.locator("#problemChain tr", new Page.LocatorOptions().setHasText(violence))).containsText(own);
        assertThat(page.locator("#latestMeeting")).containsText(LocalDate.now().toString());
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("#duty-coordination .duty-state")).hasText("In place");
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");
        // From the law view to the follow-up's kinds, the coordination function and the meeting.
        assertThat(page.locator(".follow-up-kinds-link").first()).hasText(followUp);

        // A board member downloads both PDFs and reads problem → measures → result and hours per party in each.
        Browser.asUser("styrgrupp", board -> {
            board.navigate(AppServer.url("/"));
            board.locator("#lawLinks #law").click();
            Axe.assertNoViolations(board);
            PdfRead law = pdf(board, "#pdf");
            assertEquals(1, law.pages(), "the law view is one page:\n" + law.text());
            assertTrue(law.text().contains("Problem, åtgärder och resultat"), law.text());
            assertTrue(law.text().matches("(?s).*" + Pattern.quote(violence) + ".*" + Pattern.quote(own) + ".*"),
                    law.text());
            assertTrue(law.text().contains("0 av 1 klara"), law.text());
            assertTrue(law.text().contains("Nedlagd tid per part"), law.text());
            assertTrue(law.text().contains("Polismyndigheten"), law.text());
            assertTrue(law.text().contains("På plats"), law.text());

            board.navigate(followUpUrl);
            PdfRead report = pdf(board, "#status\\:pdf");
            String text = report.text();
            int chain = text.indexOf("Problem, åtgärder och resultat");
            assertTrue(chain > 0, text);
            String after = text.substring(chain);
            int problem = after.indexOf(violence);
            int measure = after.indexOf(own, problem);
            int result = after.indexOf("0 av 1 åtgärder klara", measure);
            assertTrue(problem > 0 && measure > problem && result > measure, "problem → measure → result:\n" + after);
            assertTrue(after.contains("Nedlagd tid per part"), after);
            assertTrue(after.contains("Prestation – vad som gjorts") && after.contains("Effekt – har problemet förändrats"),
                    after);
            assertTrue(after.contains("Färre anmälningar om våld i hemmet " + tag), after);
        });
        page.navigate(pictureUrl);
        assertThat(page.locator("h1")).containsText("Lägesbild");
    }

    /**
     * Done-when: the demo coordinator reaches the situation picture, the law view, the coordination function, a
     * meeting, the follow-up kinds and the Socialnämnden decision (§ 8) by links from the start page.
     */
    @Test
    void theDemoCoordinatorReachesEveryPartByLinksFromTheStartPage() {
        Browser.signIn(page, "samordnare");
        page.locator("#lawLinks #situation").click();
        assertThat(page.locator("h1")).containsText("Lägesbild – Huddinge kommun");

        page.navigate(AppServer.url("/"));
        page.locator("#lawLinks #law").click();
        assertThat(page.locator("h1")).hasText("Brottsförebyggande arbete enligt lagen – Huddinge kommun");
        String law = page.url();

        page.locator("#functions a").first().click();
        assertThat(page.locator("h1")).containsText("Samordning, möten och beslut");
        assertThat(page.locator("#functionFacts")).isVisible();
        page.locator("#decisionList a", new Page.LocatorOptions().setHasText("Socialnämnden § 8")).click();
        assertThat(page.locator("h1")).hasText("Beslut – Socialnämnden § 8");

        page.navigate(law);
        page.locator("#latestMeeting a").click();
        assertThat(page.locator("#meetingFacts")).isVisible();

        // Brå's kinds: on the indicators (each marked production, process or effect) and, once a follow-up exists,
        // grouped in its report.
        page.navigate(law);
        page.locator(".indicator-kinds-link").first().click();
        assertThat(page.locator("label", new Page.LocatorOptions().setHasText("Slag av uppföljning (Brå)"))).isVisible();
        page.navigate(law);
        if (page.locator(".follow-up-kinds-link").count() > 0) {
            page.locator(".follow-up-kinds-link").first().click();
            assertThat(page.locator("#kinds-heading")).hasText("Uppföljning av prestation, process och effekt");
            assertThat(page.locator("#kind-EFFECT")).isVisible();
        } else {
            page.locator(".follow-ups-link").first().click();
            assertThat(page.locator("h1")).containsText("Uppföljningar");
        }
    }

    private void addProblem(String title, String category) {
        page.locator("#problem\\:title").fill(title);
        page.locator("#problem\\:category").selectOption(category);
        Browser.tick(page.locator("#problem input[type=checkbox][value=POLICE_STATISTICS]"));
        page.locator("#problem\\:causes").fill("Orsaker till " + title);
        page.locator("#problem\\:save").click();
        assertThat(page.locator("#problem")).containsText("Problemet är tillagt.");
    }

    private void link(String problem, String activityLabel) {
        page.locator("#measures\\:problemId").selectOption(new SelectOption().setLabel(problem));
        Browser.search(page, "#measures\\:activitySearch", activityLabel.substring(0, activityLabel.indexOf(' ')));
        page.locator("#measures\\:activityId").selectOption(new SelectOption().setLabel(activityLabel));
        page.locator("#measures\\:link").click();
        assertThat(page.locator("section.problem", new Page.LocatorOptions().setHasText(problem)))
                .containsText(activityLabel.substring(0, activityLabel.indexOf(' ')));
    }

    private static void report(Page page, String reference, String hours) {
        page.locator("#filters\\:text").fill(reference);
        page.locator("#filters\\:apply").click();
        Axe.settle(page);
        page.locator("#rows\\:activities a", new Page.LocatorOptions().setHasText(reference)).first().click();
        page.locator("#actions\\:report").click();
        page.locator("#reportForm\\:status").selectOption("IN_PROGRESS");
        page.locator("#reportForm\\:progress").fill("20");
        page.locator("#reportForm\\:hoursSpent").fill(hours);
        page.locator("#reportForm\\:submit").click();
        assertThat(page.locator("#activityHours tr", new Page.LocatorOptions().setHasText("Huddinge kommun")))
                .containsText(hours);
    }

    private record PdfRead(int pages, String text) {
    }

    private static PdfRead pdf(Page page, String button) {
        Download download = page.waitForDownload(() -> page.locator(button).click());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked(),
                    "a tagged PDF");
            assertEquals("sv-SE", doc.getDocumentCatalog().getLanguage());
            return new PdfRead(doc.getNumberOfPages(), new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 14, point 4: a coordinator publishes a priority area and an activity of the demo agreement with texts for the
 * public; a signed-out visitor sees those on /public/1, and not the unpublished activity, the status report's comment,
 * hours or the people involved; the page passes axe in Swedish and English; the JSON and Atom feeds read back the same;
 * unpublishing takes an item off the page and feeds at once. And every page of the WAR but sign-in, the accessibility
 * statement, health and the public page answers a signed-out visitor with the sign-in page.
 */
@ExtendWith(BrowserExtension.class)
class PublicProgressBrowserIT {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30)).build();
    private Page page;

    @Test
    void theSignedOutPublicSeesOnlyWhatTheCoordinatorPublishedUntilItIsUnpublished() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String published = Browser.newReference("VINR");
        String kept = Browser.newReference("VINR");
        String publishedTitle = "Stödsamtal för alla " + tag;
        String keptTitle = "Intern planering " + tag;
        String comment = "Intern kommentar " + tag;
        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        page.locator("#activity\\:reporterUser").fill("polis");
        page.locator("#activity\\:contactPerson").fill("Kontakt Person" + tag);
        Browser.addVinrActivity(page, published, publishedTitle);
        Browser.addVinrActivity(page, kept, keptTitle);
        reportWithCommentAndHours(published, comment);

        // Publishing: an activity needs a text for the public; an area may go without, here it has one.
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        // The choice offers 50 activities (the other tests add theirs to this agreement): the search finds this one.
        Browser.search(page, "#publication\\:itemSearch", published);
        page.locator("#publication\\:itemId").selectOption(new SelectOption()
                .setLabel("Aktivitet: " + published + " " + publishedTitle));
        page.locator("#publication\\:publish").click();
        assertThat(page.locator("#publication")).containsText("Måste fyllas i.");
        page.locator("#publication\\:publicText").fill("Kommunen erbjuder stödsamtal " + tag + ".");
        page.locator("#publication\\:publish").click();
        assertThat(page.locator("#publicationList")).containsText(published + " " + publishedTitle);
        page.locator("#publication\\:itemId").selectOption(new SelectOption()
                .setLabel("Prioriterat område: VINR Våld i nära relation"));
        page.locator("#publication\\:publicText").fill("Färre ska utsättas för våld i hemmet " + tag + ".");
        page.locator("#publication\\:publish").click();
        assertThat(page.locator("#publicationList")).containsText("VINR Våld i nära relation");
        Axe.assertNoViolations(page);

        BrowserContext signedOut = Browser.newContext();
        try {
            Page visitor = signedOut.newPage();
            visitor.navigate(AppServer.url("/public/1"));
            assertThat(visitor.locator("html")).hasAttribute("lang", "sv");
            assertThat(visitor.locator("h1")).containsText("Huddinge");
            assertThat(visitor.locator("#area-" + areaId(visitor))).containsText("Färre ska utsättas för våld i hemmet " + tag);
            assertThat(visitor.locator("main")).containsText(published + " " + publishedTitle);
            assertThat(visitor.locator("main")).containsText("Kommunen erbjuder stödsamtal " + tag);
            assertThat(visitor.locator("main")).containsText("Pågår");
            assertThat(visitor.locator("main")).containsText("30 %");
            String text = visitor.locator("body").innerText();
            for (String never : List.of(kept, keptTitle, comment, "Kontakt Person" + tag, "Erik Sandberg", "Timmar",
                    "timmar", "3,5")) {
                assertFalse(text.contains(never), "the public page shows " + never);
            }
            // The application's stylesheet, which the page's CSP allows, loads signed out.
            String stylesheet = visitor.locator("link[rel=stylesheet]").getAttribute("href");
            HttpResponse<String> css = get(stylesheet);
            assertEquals(200, css.statusCode(), stylesheet);
            assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"), stylesheet);
            Axe.assertNoViolations(visitor);
            visitor.locator("#language").click();
            assertThat(visitor.locator("html")).hasAttribute("lang", "en");
            assertThat(visitor.locator("main")).containsText("Priority areas");
            assertThat(visitor.locator("main")).containsText("In progress");
            Axe.assertNoViolations(visitor);

            HttpResponse<String> html = get("/public/1");
            assertEquals(200, html.statusCode());
            assertTrue(html.headers().firstValue("Cache-Control").orElse("").contains("no-cache"));
            assertFalse(html.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
            assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
            assertTrue(html.headers().firstValue("Last-Modified").isPresent());
            String etag = html.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, get("/public/1", "If-None-Match", etag).statusCode());

            JsonObject json = json();
            assertEquals(1, json.get("id").getAsLong());
            List<String> codes = codes(json.getAsJsonArray("items"));
            assertTrue(codes.contains("VINR") && codes.contains(published), codes.toString());
            assertFalse(codes.contains(kept));
            assertFalse(json.toString().contains(comment));
            JsonObject activity = item(json.getAsJsonArray("items"), published);
            assertEquals("IN_PROGRESS", activity.get("status").getAsString());
            assertEquals(30.0, activity.get("progress").getAsDouble());
            assertEquals("Kommunen erbjuder stödsamtal " + tag + ".", activity.get("publicText").getAsString());
            HttpResponse<String> feed = get("/api/v1/public/agreements/1");
            assertEquals("public, no-cache", feed.headers().firstValue("Cache-Control").orElse(""));
            String jsonTag = feed.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, get("/api/v1/public/agreements/1", "If-None-Match", jsonTag).statusCode());

            // Both feeds are described at /openapi (MicroProfile OpenAPI), the Atom one with its media type, and
            // neither asks for the API's token.
            HttpResponse<String> openapi = get("/openapi", "Accept", "application/json");
            assertEquals(200, openapi.statusCode());
            JsonObject paths = JsonParser.parseString(openapi.body()).getAsJsonObject().getAsJsonObject("paths");
            for (String path : List.of("/api/v1/public/agreements/{key}", "/api/v1/public/agreements/{key}/atom")) {
                JsonObject get = paths.getAsJsonObject(path).getAsJsonObject("get");
                JsonArray security = get.getAsJsonArray("security");
                assertTrue(security != null && security.asList().stream()
                        .allMatch(r -> r.getAsJsonObject().size() == 0), path + ": " + get);
            }
            assertTrue(openapi.body().contains("application/atom+xml"));
            assertTrue(openapi.body().contains("PublicProgressItem"));

            List<String> titles = atomTitles("en");
            assertTrue(titles.contains(published + " " + publishedTitle), titles.toString());
            assertTrue(titles.contains("VINR Våld i nära relation"), titles.toString());
            assertFalse(titles.stream().anyMatch(t -> t.contains(kept)));

            // Unpublishing the activity takes it off the page and the feeds with the next request.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Avpublicera: " + published + " " + publishedTitle).setExact(true)).click();
            assertThat(page.locator("#publicationList")).containsText("Avpublicerat.");
            assertThat(page.locator("#publicationList")).not().containsText(publishedTitle);
            visitor.reload();
            assertThat(visitor.locator("main")).containsText("Våld i nära relation");
            assertThat(visitor.locator("main")).not().containsText(publishedTitle);
            assertFalse(codes(json().getAsJsonArray("items")).contains(published));
            assertFalse(atomTitles("sv").stream().anyMatch(t -> t.contains(published)));
            assertEquals(200, get("/public/1", "If-None-Match", etag).statusCode(), "a changed page has a new ETag");

            // With nothing published the agreement has no public page; nor has one that does not exist.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Avpublicera: VINR Våld i nära relation").setExact(true)).click();
            assertThat(page.locator("#publicationList")).containsText("Inget är publicerat ännu.");
            for (String missing : List.of("/public/1", "/public/999999", "/public/abc", "/api/v1/public/agreements/1",
                    "/api/v1/public/agreements/1/atom", "/api/v1/public/agreements/x")) {
                assertEquals(404, get(missing).statusCode(), missing);
            }
        } finally {
            signedOut.close();
        }
    }

    /**
     * Signed out, every page of the WAR (its top-level .xhtml files, with and without the extension) answers with the
     * sign-in page, except signing in and the accessibility statement; health and the public paths answer themselves.
     */
    @Test
    void everyOtherPageAsksASignedOutVisitorToSignIn() throws Exception {
        List<String> pages;
        try (Stream<Path> files = Files.list(AppServer.targetDir().getParent().resolve("src/main/webapp"))) {
            pages = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xhtml"))
                    .map(n -> n.substring(0, n.length() - ".xhtml".length())).sorted().toList();
        }
        assertTrue(pages.size() > 15, pages.toString());
        List<String> open = List.of("login", "accessibility");
        List<String> problems = new ArrayList<>();
        for (String name : pages) {
            for (String path : List.of("/" + name, "/" + name + ".xhtml", "/" + name + "?id=1&agreement=1")) {
                HttpResponse<String> answer = get(path);
                boolean signIn = answer.statusCode() == 200 && answer.body().contains("login:username");
                if (open.contains(name) ? answer.statusCode() != 200 || (name.equals("accessibility") && signIn)
                        : !signIn) {
                    problems.add(path + " answered " + answer.statusCode() + " at " + answer.uri());
                }
            }
        }
        for (String path : List.of("/", "/resources/css/samspar.css", "/WEB-INF/web.xml", "/api/v1/anything")) {
            HttpResponse<String> answer = get(path);
            if (answer.statusCode() == 200 && !answer.body().contains("login:username")) {
                problems.add(path + " answered 200 without signing in");
            }
        }
        assertEquals(200, get("/health/ready").statusCode());
        assertEquals(404, get("/public/999999").statusCode());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void reportWithCommentAndHours(String reference, String comment) {
        page.navigate(AppServer.url("/activities?agreement=1"));
        page.locator("#filters\\:text").fill(reference);
        page.locator("#filters\\:apply").click();
        Axe.settle(page); // the filtered table is in place before its link is clicked
        assertThat(page.locator("#rows\\:activities tbody tr")).hasCount(1);
        page.locator("#rows\\:activities a", new Page.LocatorOptions().setHasText(reference)).first().click();
        assertThat(page.locator("h1")).containsText(reference);
        page.locator("#actions\\:report").click();
        page.locator("#reportForm\\:status").selectOption("IN_PROGRESS");
        page.locator("#reportForm\\:progress").fill("30");
        page.locator("#reportForm\\:comment").fill(comment);
        page.locator("#reportForm\\:hoursSpent").fill("3,5");
        page.locator("#reportForm\\:submit").click();
        assertThat(page.locator("#history")).containsText(comment);
    }

    /** The id of the published area's element on the public page (its anchor is area-{id}). */
    private static String areaId(Page visitor) {
        return visitor.locator("li[id^='area-']").first().getAttribute("id").substring("area-".length());
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(AppServer.url(path))).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json() throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/api/v1/public/agreements/1?lang=sv");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private static List<String> codes(JsonArray items) {
        List<String> codes = new ArrayList<>();
        for (JsonElement item : items) {
            codes.add(item.getAsJsonObject().get("code").getAsString());
        }
        return codes;
    }

    private static JsonObject item(JsonArray items, String code) {
        for (JsonElement item : items) {
            if (code.equals(item.getAsJsonObject().get("code").getAsString())) {
                return item.getAsJsonObject();
            }
        }
        throw new AssertionError(code + " is not in the feed");
    }

    /** The entry titles of the Atom feed, parsed as XML. */
    private static List<String> atomTitles(String lang) throws Exception {
        HttpResponse<String> answer = get("/api/v1/public/agreements/1/atom?lang=" + lang);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals(ATOM, feed.getDocumentElement().getNamespaceURI());
        assertEquals(lang, feed.getDocumentElement().getAttribute("xml:lang"));
        List<String> titles = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        }
        return titles;
    }
}

package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API (issue 14 point 1) driven with personal access tokens made on the account page, on the packaged
 * application: listing and paging activities, reporting with If-Match (a stale one 412), refused input translated,
 * reading an adopted follow-up, a revoked token 401, a partner's report on another party's activity 403 and audited,
 * 401 JSON problems without a token, and /openapi describing every endpoint. The account page's token section passes
 * axe in Swedish and English.
 */
@ExtendWith(BrowserExtension.class)
class ApiBrowserIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Page page;

    private record Answer(int status, String body, HttpResponse<String> response) {
        JsonObject object() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private static Answer send(String method, String path, String token, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(AppServer.url(path))).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r);
    }

    private static Answer get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    /** A problem+json answer of the given status: never a page, never a redirect, never a stack trace. */
    private static JsonObject problem(Answer a, int status) {
        assertEquals(status, a.status(), a.body());
        assertTrue(String.valueOf(a.header("content-type")).startsWith("application/problem+json"),
                a.header("content-type"));
        assertFalse(a.body().contains("Exception") || a.body().contains("<html"), a.body());
        JsonObject p = a.object();
        assertEquals(status, p.get("status").getAsInt(), a.body());
        assertNotNull(p.get("title"), a.body());
        return p;
    }

    /** Creates a token on the account page and reads its secret, shown this once. */
    private static String createToken(Page page, String name) {
        page.navigate(AppServer.url("/password"));
        page.locator("#tokens\\:name").fill(name);
        page.locator("#tokens\\:create").click();
        assertThat(page.locator("#tokens\\:messages")).containsText("Nyckeln är skapad");
        String secret = page.locator("#tokens\\:secret").inputValue();
        assertTrue(secret.startsWith("smp_"), secret);
        assertThat(page.locator("#tokens\\:tokenTable")).containsText(name);
        return secret;
    }

    @Test
    void aCoordinatorsTokenReadsReportsAndIsRevoked() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        // Without a token, or with a made-up one: a 401 problem, not the sign-in page.
        problem(get("/api/v1/agreements", null), 401);
        Answer madeUp = get("/api/v1/agreements", "smp_" + "x".repeat(43));
        assertTrue(String.valueOf(madeUp.header("www-authenticate")).startsWith("Bearer"), madeUp.response().headers().toString());
        problem(madeUp, 401);
        problem(get("/api/v1/agreements", "not-even-a-token"), 401);

        Browser.signIn(page, "samordnare");
        page.navigate(AppServer.url("/password"));
        assertThat(page.locator("#tokens-heading")).hasText("Åtkomstnycklar för API:t");
        Axe.assertNoViolations(page);
        // A refused name is said at its field.
        page.locator("#tokens\\:create").click();
        assertThat(page.locator("#tokens")).containsText("Måste fyllas i");
        Axe.assertNoViolations(page);
        String token = createToken(page, "Rapportsystem " + tag);
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        assertThat(page.locator("#tokens-heading")).hasText("Access tokens for the API");
        assertThat(page.locator("#tokens\\:tokenTable")).containsText("Rapportsystem " + tag);
        Axe.assertNoViolations(page);
        Browser.switchLanguage(page, "sv");

        JsonArray agreements = JsonParser.parseString(get("/api/v1/agreements", token).body()).getAsJsonArray();
        assertTrue(agreements.toString().contains("Samverkansöverenskommelse Huddinge 2023–2024"), agreements.toString());
        JsonObject agreement = get("/api/v1/agreements/1", token).object();
        assertTrue(agreement.getAsJsonArray("areas").size() > 0, agreement.toString());
        assertTrue(agreement.getAsJsonObject("progress").get("activities").getAsInt() > 0, agreement.toString());

        // Activities, paged and sorted in the database as on the activities page.
        JsonObject first = get("/api/v1/agreements/1/activities?sort=reference&limit=3", token).object();
        JsonObject second = get("/api/v1/agreements/1/activities?sort=reference&limit=3&offset=3", token).object();
        assertEquals(3, first.getAsJsonArray("items").size(), first.toString());
        assertTrue(first.get("total").getAsLong() > 6, first.toString());
        assertNotEquals(first.getAsJsonArray("items").get(0).getAsJsonObject().get("id"),
                second.getAsJsonArray("items").get(0).getAsJsonObject().get("id"));
        problem(get("/api/v1/agreements/1/activities?status=unheard-of", token), 400);
        long activityId = first.getAsJsonArray("items").get(0).getAsJsonObject().get("id").getAsLong();

        // A report with the ETag read; the same ETag again is stale (412) and saves nothing.
        Answer read = get("/api/v1/activities/" + activityId, token);
        assertEquals(200, read.status(), read.body());
        String etag = read.header("etag");
        assertNotNull(etag, read.response().headers().toString());
        String report = "{\"status\":\"IN_PROGRESS\",\"light\":\"GREEN\",\"progress\":55,\"comment\":\"Via API:t " + tag + "\"}";
        Answer reported = send("POST", "/api/v1/activities/" + activityId + "/status-reports", token, report,
                "If-Match", etag);
        assertEquals(201, reported.status(), reported.body());
        assertEquals(55, reported.object().get("progress").getAsInt());
        assertNotEquals(etag, reported.header("etag"));
        problem(send("POST", "/api/v1/activities/" + activityId + "/status-reports", token,
                report.replace("55", "56"), "If-Match", etag), 412);
        JsonArray history = JsonParser.parseString(get("/api/v1/activities/" + activityId + "/history", token).body())
                .getAsJsonArray();
        assertTrue(history.get(0).toString().contains("Via API:t " + tag), history.toString());
        assertFalse(history.toString().contains("\"progress\":56"), "the stale report saved nothing");
        // Refused input: each field's problem, in the language asked for.
        JsonObject refused = problem(send("POST", "/api/v1/activities/" + activityId + "/status-reports", token,
                "{\"status\":\"IN_PROGRESS\",\"light\":\"RED\",\"progress\":55}", "Accept-Language", "en"), 400);
        assertTrue(refused.getAsJsonArray("errors").toString().contains("Write a comment"), refused.toString());
        JsonObject svRefused = problem(send("POST", "/api/v1/activities/" + activityId + "/status-reports", token,
                "{\"status\":\"IN_PROGRESS\",\"light\":\"GREEN\",\"progress\":155}", "Accept-Language", "sv-SE"), 400);
        assertTrue(svRefused.getAsJsonArray("errors").toString().contains("progress"), svRefused.toString());
        problem(send("POST", "/api/v1/activities/" + activityId + "/status-reports", token, "{not json"), 400);
        problem(send("POST", "/api/v1/activities/" + activityId + "/status-reports", token,
                "{\"comment\":\"" + "x".repeat(70_000) + "\"}"), 413);
        problem(get("/api/v1/activities/99999999", token), 404);

        // An indicator defined on its page gets a measurement through the API.
        defineIndicator(page, "Otrygghet " + tag);
        long indicatorId = -1;
        for (JsonElement i : JsonParser.parseString(get("/api/v1/agreements/1/indicators", token).body()).getAsJsonArray()) {
            if (("Otrygghet " + tag).equals(i.getAsJsonObject().get("name").getAsString())) {
                indicatorId = i.getAsJsonObject().get("id").getAsLong();
            }
        }
        assertTrue(indicatorId > 0, "the indicator is listed");

        Answer measured = send("POST", "/api/v1/indicators/" + indicatorId + "/measurements", token,
                "{\"period\":\"2024\",\"value\":37.5,\"comment\":\"Enkät " + tag + "\"}");
        assertEquals(201, measured.status(), measured.body());
        assertTrue(get("/api/v1/agreements/1/indicators", token).body().contains("Enkät " + tag));
        JsonObject badPeriod = problem(send("POST", "/api/v1/indicators/" + indicatorId + "/measurements", token,
                "{\"period\":\"24\",\"value\":1}", "Accept-Language", "en"), 400);
        assertEquals("period", badPeriod.getAsJsonArray("errors").get(0).getAsJsonObject().get("field").getAsString());

        // An adopted follow-up, read as its frozen report.
        adoptFollowUp(tag);
        long followUpId = -1;
        for (JsonElement f : JsonParser.parseString(get("/api/v1/agreements/1/follow-ups", token).body()).getAsJsonArray()) {
            if (("Uppföljning " + tag).equals(f.getAsJsonObject().get("title").getAsString())) {
                followUpId = f.getAsJsonObject().get("id").getAsLong();
                assertEquals("KS-2024/" + tag, f.getAsJsonObject().getAsJsonObject("decision").get("diaryNumber")
                        .getAsString(), f.toString());
            }
        }
        assertTrue(followUpId > 0, "the adopted follow-up is listed");
        JsonObject adopted = get("/api/v1/follow-ups/" + followUpId, token).object();
        assertEquals(followUpId, adopted.get("followUpId").getAsLong(), adopted.toString());
        assertEquals("ADOPTED", adopted.get("status").getAsString());
        assertTrue(adopted.getAsJsonArray("areas").size() > 0, adopted.toString());

        // Revoked on the account page: 401 from then on.
        page.navigate(AppServer.url("/password"));
        com.microsoft.playwright.Locator row = page.locator("#tokens\\:tokenTable tbody tr",
                new Page.LocatorOptions().setHasText("Rapportsystem " + tag));
        assertThat(row).not().containsText("Aldrig"); // its last use is recorded
        page.getByLabel("Ta bort Rapportsystem " + tag).click();
        assertThat(page.locator("#tokens\\:messages")).containsText("Nyckeln är borttagen");
        assertThat(page.locator("#tokens\\:tokenTable")).not().containsText("Rapportsystem " + tag);
        problem(get("/api/v1/agreements", token), 401);
    }

    /** The coordinator defines an indicator of the agreement's first goal on the indicators page. */
    private static void defineIndicator(Page page, String name) {
        page.navigate(AppServer.url("/indicators?agreement=1"));
        page.locator("#define\\:goalId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#define\\:name").fill(name);
        page.locator("#define\\:unit").fill("%");
        page.locator("#define\\:target").fill("20");
        page.locator("#define\\:submit").click();
        assertThat(page.locator("#list")).containsText(name);
    }

    /** The coordinator opens a follow-up of kind "other", opens it for reporting and adopts it. */
    private void adoptFollowUp(String tag) {
        page.navigate(AppServer.url("/agreement?id=1"));
        page.locator("#followUps").click();
        page.locator("#open\\:kind").selectOption("OTHER");
        page.locator("#open\\:title").fill("Uppföljning " + tag);
        page.locator("#open\\:periodFrom").fill("2024-01-01");
        page.locator("#open\\:periodTo").fill("2024-06-30");
        page.locator("#open\\:submit").click();
        assertThat(page.locator("h1")).hasText("Uppföljning " + tag);
        page.locator("#status\\:startReporting").click();
        assertThat(page.locator("#status-value")).hasText("Rapportering pågår");
        page.locator("#adoption\\:body").fill("Kommunstyrelsen");
        page.locator("#adoption\\:date").fill("2024-09-10");
        page.locator("#adoption\\:paragraph").fill("§ 7");
        page.locator("#adoption\\:diaryNumber").fill("KS-2024/" + tag);
        page.locator("#adoption\\:adopt").click();
        page.locator("#adoptConfirm\\:confirm").click();
        assertThat(page.locator("#status-value")).hasText("Fastställd");
    }

    @Test
    void aPartnersTokenMayNotReportOnAnotherPartysActivityAndTheRefusalIsAudited() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Browser.signIn(page, "polis");
        String token = createToken(page, "Polisens system " + tag);
        JsonArray found = get("/api/v1/agreements/1/activities?text=VINR-5", token).object().getAsJsonArray("items");
        long municipalitys = -1;
        for (JsonElement e : found) {
            if ("VINR-5".equals(e.getAsJsonObject().get("reference").getAsString())) {
                municipalitys = e.getAsJsonObject().get("id").getAsLong();
            }
        }
        assertTrue(municipalitys > 0, found.toString());
        problem(send("POST", "/api/v1/activities/" + municipalitys + "/status-reports", token,
                "{\"status\":\"IN_PROGRESS\",\"light\":\"GREEN\",\"progress\":10}"), 403);
        JsonArray indicators = JsonParser.parseString(get("/api/v1/agreements/1/indicators", token).body()).getAsJsonArray();
        if (!indicators.isEmpty()) { // another test may have defined one: only coordinators measure
            problem(send("POST", "/api/v1/indicators/" + indicators.get(0).getAsJsonObject().get("id").getAsLong()
                    + "/measurements", token, "{\"period\":\"2024\",\"value\":1}"), 403);
        }
        long refusedId = municipalitys;
        Browser.asUser("admin", admin -> {
            admin.navigate(AppServer.url("/audit"));
            admin.locator("#filters\\:actor").fill("polis");
            admin.locator("#filters\\:subject").selectOption("ACCESS");
            admin.locator("#filters\\:apply").click();
            assertThat(admin.locator("#entries\\:table")).containsText("report on activity " + refusedId);
            assertThat(admin.locator("#entries\\:table")).containsText("Nekad");
        });
    }

    @Test
    void openApiDescribesEveryEndpointWithTheBearerScheme() throws Exception {
        Answer openapi = send("GET", "/openapi", null, null, "Accept", "application/json");
        assertEquals(200, openapi.status(), openapi.body());
        for (String path : List.of("/api/v1/agreements", "/api/v1/agreements/{id}", "/api/v1/agreements/{id}/activities",
                "/api/v1/agreements/{id}/follow-ups", "/api/v1/agreements/{id}/indicators", "/api/v1/activities/{id}",
                "/api/v1/activities/{id}/history", "/api/v1/activities/{id}/status-reports",
                "/api/v1/follow-ups/{id}", "/api/v1/indicators/{id}/measurements")) {
            assertTrue(openapi.body().contains("\"" + path + "\""), path + " in " + openapi.body());
        }
        assertTrue(openapi.body().contains("personalAccessToken") && openapi.body().contains("bearer"), openapi.body());
        assertTrue(openapi.body().contains("application/problem+json"), openapi.body());
    }
}

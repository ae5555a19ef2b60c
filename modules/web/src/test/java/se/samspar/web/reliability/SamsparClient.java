package se.samspar.web.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated user over plain HTTP, as a browser would talk to Samspår: its own session cookie, sign-in through
 * the form, pages by GET, and the Faces AJAX posts the pages send (a status report from the activity page, the next
 * page of the activities table). Every response that is not what a browser would get counts as an error.
 */
final class SamsparClient {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce of the page, which every postback must send back. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE_UPDATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private final String base;
    private final HttpClient http;

    SamsparClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the login form; true when the application let the user in. */
    boolean signIn(String user, String password) throws IOException, InterruptedException {
        String login = get("/login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "login:submit");
        form.put("jakarta.faces.ViewState", viewState(login));
        form.put("primefaces.nonce", nonce(login));
        HttpResponse<String> r = post("/login", form, false);
        return r.statusCode() == 200 && !r.uri().getPath().startsWith("/login");
    }

    /** A page by GET; fails unless it is a 200 with an h1 (an error page would say so). */
    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("<h1")) {
            throw new IOException("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** How the application answered a status report. */
    enum Answer {
        /** Saved: the dialog's "reported" callback. */
        ACKNOWLEDGED,
        /** Refused because other reports on the activity kept committing first (rule 10): nothing saved, and said so. */
        REFUSED_AS_CONFLICTING,
        /** Anything else: an error. */
        OTHER
    }

    /**
     * Reports status on an activity through its page's dialog form, as the browser sends it; the comment carries
     * the caller's token.
     */
    Answer answer(long activityId, String status, int progress, String token) throws IOException, InterruptedException {
        String body = reportBody(activityId, status, progress, token);
        // PrimeFaces sends the callback's arguments as escaped JSON: {&#34;reported&#34;:true}.
        if (body.contains("reported&#34;:true") || body.contains("\"reported\":true")) {
            return Answer.ACKNOWLEDGED;
        }
        return body.contains("ndrade aktiviteten samtidigt") ? Answer.REFUSED_AS_CONFLICTING : Answer.OTHER;
    }

    /** True only when the application acknowledged the report. */
    boolean report(long activityId, String status, int progress, String token) throws IOException, InterruptedException {
        return answer(activityId, status, progress, token) == Answer.ACKNOWLEDGED;
    }

    private String reportBody(long activityId, String status, int progress, String token) throws IOException, InterruptedException {
        String page = get("/activity?id=" + activityId);
        if (!page.contains("reportForm:submit")) {
            throw new IOException("no report form on activity " + activityId);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "reportForm:submit");
        form.put("jakarta.faces.partial.execute", "reportForm");
        form.put("jakarta.faces.partial.render", "reportForm feedback current history");
        form.put("reportForm:submit", "reportForm:submit");
        form.put("reportForm", "reportForm");
        form.put("reportForm:status", status);
        form.put("reportForm:light", "GREEN");
        form.put("reportForm:progress", String.valueOf(progress));
        form.put("reportForm:comment", token);
        form.put("reportForm:hoursSpent", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        HttpResponse<String> r = post("/activity?id=" + activityId, form, true);
        if (r.statusCode() != 200) {
            throw new IOException("report on " + activityId + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** The activities table's next page, as its paginator asks for it; true when rows came back. */
    boolean tablePage(long agreementId, int first) throws IOException, InterruptedException {
        String page = get("/activities?agreement=" + agreementId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "rows:activities");
        form.put("jakarta.faces.partial.execute", "rows:activities");
        form.put("jakarta.faces.partial.render", "rows:activities");
        form.put("rows:activities", "rows:activities");
        form.put("rows:activities_pagination", "true");
        form.put("rows:activities_first", String.valueOf(first));
        form.put("rows:activities_rows", "25");
        form.put("rows:activities_skipChildren", "true");
        form.put("rows:activities_encodeFeature", "true");
        form.put("rows", "rows");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        HttpResponse<String> r = post("/activities?agreement=" + agreementId, form, true);
        if (r.statusCode() != 200 || r.body().contains("<error>")) {
            throw new IOException("table page answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().contains("<tr");
    }

    /** An administrator's "back up now" on the administration page; fails unless the page confirms the backup. */
    void backUpNow() throws IOException, InterruptedException {
        String page = get("/admin");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "backups:backUpNow");
        form.put("jakarta.faces.partial.execute", "backups");
        form.put("jakarta.faces.partial.render", "backups");
        form.put("backups:backUpNow", "backups:backUpNow");
        form.put("backups", "backups");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        HttpResponse<String> r = post("/admin", form, true);
        if (r.statusCode() != 200 || !r.body().contains("samspar-")) {
            throw new IOException("backup answered " + r.statusCode() + ": " + r.body());
        }
    }

    private HttpResponse<String> post(String path, Map<String, String> form, boolean ajax)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String nonce(String html) throws IOException {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new IOException("no CSP nonce in the page");
        }
        return m.group(1);
    }

    static String viewState(String html) throws IOException {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            Matcher u = VIEW_STATE_UPDATE.matcher(html);
            if (u.find()) {
                return u.group(1);
            }
            throw new IOException("no view state in the page");
        }
        return m.group(1);
    }
}

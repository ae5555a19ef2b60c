package se.samspar.web.e2e;

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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samspar.web.startup.SqlStatementCounting;

/**
 * One simulated user over plain HTTP, as a browser would talk to Samspår: its own session cookie, sign-in through
 * the form, pages by GET, and the Faces AJAX posts the pages send (a status report from the activity page, the
 * activities table's filter, sort and pages, a follow-up's adoption and PDF). Every response that is not what a
 * browser would get counts as an error. Used by the reliability tests, the statement-count guards and the benchmark.
 *
 * <p>{@link #fetch} and the other {@link Answered} methods also tell how long the answer took, how large it was and,
 * when the application runs with {@code samspar.diagnostics.sql-statements=true}, how many SQL statements it sent.
 */
public final class SamsparClient {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce of the page, which every postback must send back. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE_UPDATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private static final Pattern STATEMENTS = Pattern.compile(Pattern.quote(SqlStatementCounting.MARK) + "(\\d+) -->");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
    /** The header cells of a table's sortable columns, in order. */
    private static final Pattern SORTABLE_HEADER = Pattern.compile("<th id=\"([^\"]+)\"[^>]*ui-sortable-column");

    private final String base;
    private final HttpClient http;
    private final Duration timeout;

    public SamsparClient(String base) {
        this(base, Duration.ofSeconds(60));
    }

    private SamsparClient(String base, HttpClient http, Duration timeout) {
        this.base = base;
        this.http = http;
        this.timeout = timeout;
    }

    /** The same user, with the same session cookie, sending to another node of a cluster (issue 15). */
    public SamsparClient on(String otherBase) {
        return new SamsparClient(otherBase, http, timeout);
    }

    /** A user whose requests give up after {@code timeout}. */
    public SamsparClient(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        // Java's default version: HTTP/2 by an h2c upgrade, as in every green load run. Forced to HTTP/1.1, the
        // 100-user load test met kept-alive connections closed under it ("header parser received no bytes") about
        // once in 200 requests. Only AppProcess's readiness probe needs HTTP/1.1: the upgrade can deadlock the
        // listener before the application is deployed, and these users come after that.
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * An answer: its HTTP status, body, size in bytes (as sent, before the statement comment), time from sending the
     * request to the last byte, and the SQL statements it cost ({@code -1} when the application does not count).
     */
    public record Answered(int status, String body, long bytes, long nanos, long statements) {
        public double millis() {
            return nanos / 1e6;
        }

        /** A page a browser would show: 200 with a heading, or a Faces AJAX answer without an error. */
        public boolean ok() {
            return status == 200 && (body.contains("<h1") || body.contains("<partial-response") && !body.contains("<error>"));
        }
    }

    /** A page by GET, with its time, size and statement count; never throws for an HTTP status. */
    public Answered fetch(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return answered(r, start);
    }

    private static Answered answered(HttpResponse<String> r, long start) {
        long nanos = System.nanoTime() - start;
        String body = r.body();
        Matcher m = STATEMENTS.matcher(body);
        long statements = -1;
        int end = body.length();
        while (m.find()) { // the last one: an error page may carry its own before the request's
            statements = Long.parseLong(m.group(1));
            end = m.start();
        }
        long bytes = body.substring(0, end).getBytes(StandardCharsets.UTF_8).length;
        return new Answered(r.statusCode(), body, bytes, nanos, statements);
    }


    /** Signs in through the login form; true when the application let the user in. */
    public boolean signIn(String user, String password) throws IOException, InterruptedException {
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
    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("<h1")) {
            throw new IOException("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** How the application answered a status report. */
    public enum Answer {
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
    public Answer answer(long activityId, String status, int progress, String token) throws IOException, InterruptedException {
        String body = reportBody(activityId, status, progress, token);
        // PrimeFaces sends the callback's arguments as escaped JSON: {&#34;reported&#34;:true}.
        if (body.contains("reported&#34;:true") || body.contains("\"reported\":true")) {
            return Answer.ACKNOWLEDGED;
        }
        return body.contains("ndrade aktiviteten samtidigt") ? Answer.REFUSED_AS_CONFLICTING : Answer.OTHER;
    }

    /** True only when the application acknowledged the report. */
    public boolean report(long activityId, String status, int progress, String token) throws IOException, InterruptedException {
        return answer(activityId, status, progress, token) == Answer.ACKNOWLEDGED;
    }

    private String reportBody(long activityId, String status, int progress, String token) throws IOException, InterruptedException {
        String page = get("/activity?id=" + activityId);
        if (!page.contains("reportForm:submit")) {
            throw new IOException("no report form on activity " + activityId);
        }
        Answered r = postReport(activityId, viewState(page), nonce(page), status, progress, token);
        if (r.status() != 200) {
            throw new IOException("report on " + activityId + " answered " + r.status());
        }
        return r.body();
    }

    /** Whether a status report's answer is the dialog's "reported" callback. */
    public static boolean acknowledged(Answered answer) {
        return answer.body().contains("reported&#34;:true") || answer.body().contains("\"reported\":true");
    }

    /**
     * A status report posted from an activity page already loaded (its view state, or the one of the last answer
     * from it, and its CSP nonce), as the report dialog sends it.
     */
    public Answered postReport(long activityId, String viewState, String nonce, String status, int progress,
                               String token) throws IOException, InterruptedException {
        Map<String, String> form = ajax("reportForm", "reportForm:submit", "reportForm",
                "reportForm feedback current history");
        form.put("reportForm:status", status);
        form.put("reportForm:light", "GREEN");
        form.put("reportForm:progress", String.valueOf(progress));
        form.put("reportForm:comment", token);
        form.put("reportForm:hoursSpent", "");
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        return postTimed("/activity?id=" + activityId, form, true);
    }

    /** The activities table's next page, as its paginator asks for it; true when rows came back. */
    public boolean tablePage(long agreementId, int first) throws IOException, InterruptedException {
        Answered r = activitiesPage(agreementId, get("/activities?agreement=" + agreementId), first);
        if (r.status() != 200 || r.body().contains("<error>")) {
            throw new IOException("table page answered " + r.status() + ": " + r.body());
        }
        return r.body().contains("<tr");
    }

    /** An administrator's "back up now" on the administration page; fails unless the page confirms the backup. */
    public void backUpNow() throws IOException, InterruptedException {
        String page = get("/admin");
        Map<String, String> form = ajax("backups", "backups:backUpNow", "backups", "backups");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        HttpResponse<String> r = post("/admin", form, true);
        if (r.statusCode() != 200 || !r.body().contains("samspar-")) {
            throw new IOException("backup answered " + r.statusCode() + ": " + r.body());
        }
    }

    /**
     * The activities page's filter form applied by AJAX (its "Filtrera" button) on a page already loaded: the given
     * status and the "needs update" box, every other filter left empty.
     */
    public Answered filterActivities(long agreementId, String page, String status, boolean needsUpdate)
            throws IOException, InterruptedException {
        Map<String, String> form = ajax("filters", "filters:apply", "filters", "rows:activities count");
        for (String empty : List.of("area", "goal", "lead", "participant", "light", "text")) {
            form.put("filters:" + empty, "");
        }
        form.put("filters:status", status);
        if (needsUpdate) {
            form.put("filters:needsUpdate", "on");
        }
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        return postTimed("/activities?agreement=" + agreementId, form, true);
    }

    /** The activities table sorted by its {@code column}-th sortable column (0: reference), descending. */
    public Answered sortActivities(long agreementId, String page, int column) throws IOException, InterruptedException {
        Matcher headers = SORTABLE_HEADER.matcher(page);
        String columnId = null;
        for (int i = 0; i <= column && headers.find(); i++) {
            columnId = headers.group(1);
        }
        if (columnId == null) {
            throw new IOException("no sortable column " + column + " on the activities page");
        }
        Map<String, String> form = tableRequest("rows:activities");
        form.put("rows:activities_sorting", "true");
        form.put("rows:activities_skipChildren", "true");
        form.put("rows:activities_encodeFeature", "true");
        form.put("rows:activities_sortKey", columnId);
        form.put("rows:activities_sortDir", "-1");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        return postTimed("/activities?agreement=" + agreementId, form, true);
    }

    /** A page of the activities table ({@code first}: its first row), as the paginator asks for it. */
    public Answered activitiesPage(long agreementId, String page, int first) throws IOException, InterruptedException {
        return tablePage("/activities?agreement=" + agreementId, "rows:activities", 25, page, first);
    }

    /** A page of the audit trail's table ({@code first}: its first row, 50 rows a page), as its paginator asks. */
    public Answered auditPage(String page, int first) throws IOException, InterruptedException {
        return tablePage("/audit", "entries:table", 50, page, first);
    }

    /** A page of a lazy table ({@code first}: its first row), posted to {@code path} as the table's paginator asks. */
    private Answered tablePage(String path, String table, int rows, String page, int first)
            throws IOException, InterruptedException {
        Map<String, String> form = tableRequest(table);
        form.put(table + "_pagination", "true");
        form.put(table + "_first", String.valueOf(first));
        form.put(table + "_rows", String.valueOf(rows));
        form.put(table + "_skipChildren", "true");
        form.put(table + "_encodeFeature", "true");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        return postTimed(path, form, true);
    }

    /** The fields every Faces AJAX post of a button carries: its form, the button, what is executed and rendered. */
    private static Map<String, String> ajax(String form, String button, String execute, String render) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(button, button);
        fields.put(form, form);
        return fields;
    }

    /** A request of the activities table itself (sorting, paging), as its widget sends them. */
    private static Map<String, String> tableRequest(String table) {
        return ajax(table.substring(0, table.indexOf(':')), table, table, table);
    }

    /**
     * Opens an annual follow-up of the agreement for the given year and starts its reporting, through the follow-ups
     * page and the follow-up's page as a coordinator does; returns its id.
     */
    public long openAnnualFollowUp(long agreementId, int year) throws IOException, InterruptedException {
        String list = get("/follow-ups?agreement=" + agreementId);
        Map<String, String> form = ajax("open", "open:submit", "open", "open");
        form.put("open:kind", "ANNUAL");
        form.put("open:title", "Årsuppföljning " + year);
        form.put("open:periodFrom", year + "-01-01");
        form.put("open:periodTo", year + "-12-31");
        form.put("jakarta.faces.ViewState", viewState(list));
        form.put("primefaces.nonce", nonce(list));
        String to = redirect(postTimed("/follow-ups?agreement=" + agreementId, form, true));
        Matcher id = to == null ? null : Pattern.compile("id=(\\d+)").matcher(to);
        if (id == null || !id.find()) {
            throw new IOException("opening a follow-up of agreement " + agreementId + " led to " + to);
        }
        long followUpId = Long.parseLong(id.group(1));
        String page = get("/follow-up?id=" + followUpId);
        Map<String, String> start = ajax("status", "status:startReporting", "status:startReporting", "@all");
        start.put("jakarta.faces.ViewState", viewState(page));
        start.put("primefaces.nonce", nonce(page));
        Answered started = postTimed("/follow-up?id=" + followUpId, start, true);
        if (!started.ok() || !started.body().contains("adoption:adopt")) {
            throw new IOException("starting the reporting of follow-up " + followUpId + " answered " + started.status()
                    + ": " + started.body());
        }
        return followUpId;
    }

    /**
     * Adopts a follow-up from its page ({@code page}: the page's HTML) with a decision of the given date, as a
     * coordinator does: the adoption form (checked, AJAX), then the confirmation dialog's button (a plain post). The
     * answer is the page the confirmation returns, its time that of both posts.
     */
    public Answered adopt(long followUpId, String page, String decisionDate) throws IOException, InterruptedException {
        if (!page.contains("adoption:adopt")) {
            throw new IOException("no adoption form on follow-up " + followUpId);
        }
        Map<String, String> form = ajax("adoption", "adoption:adopt", "adoption", "adoption adoptConfirm:content");
        form.put("adoption:body", "Kommunstyrelsen");
        form.put("adoption:date", decisionDate);
        form.put("adoption:paragraph", "§ 12");
        form.put("adoption:diaryNumber", "KS-2026/" + followUpId);
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        Answered checked = postTimed("/follow-up?id=" + followUpId, form, true);
        if (!checked.ok() || !checked.body().contains("confirmAdoption")) {
            return checked; // refused: the form's messages are in the answer
        }
        Map<String, String> confirm = new LinkedHashMap<>();
        confirm.put("adoptConfirm", "adoptConfirm");
        confirm.put("adoptConfirm:confirm", "adoptConfirm:confirm");
        confirm.put("jakarta.faces.ViewState", viewState(checked.body()));
        confirm.put("primefaces.nonce", nonce(page));
        Answered adopted = postTimed("/follow-up?id=" + followUpId, confirm, false);
        return new Answered(adopted.status(), adopted.body(), adopted.bytes(), checked.nanos() + adopted.nanos(),
                adopted.statements() < 0 ? -1 : checked.statements() + adopted.statements());
    }

    /** The follow-up's PDF in Swedish, as its button downloads it (a plain form post); the body is the PDF's bytes. */
    public Answered followUpPdf(long followUpId, String page) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("status", "status");
        form.put("status:pdf", "status:pdf");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        String body = encode(form);
        long start = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/follow-up?id=" + followUpId))
                .timeout(timeout).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        String type = r.headers().firstValue("Content-Type").orElse("");
        return new Answered(r.statusCode(), type, r.body().length, nanos, -1);
    }

    /** Where a Faces AJAX answer redirects to, or null. */
    public static String redirect(Answered answer) {
        Matcher m = REDIRECT.matcher(answer.body());
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    private Answered postTimed(String path, Map<String, String> form, boolean ajax) throws IOException, InterruptedException {
        long start = System.nanoTime();
        return answered(post(path, form, ajax), start);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> post(String path, Map<String, String> form, boolean ajax)
            throws IOException, InterruptedException {
        String body = encode(form);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String nonce(String html) throws IOException {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new IOException("no CSP nonce in the page");
        }
        return m.group(1);
    }

    public static String viewState(String html) throws IOException {
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

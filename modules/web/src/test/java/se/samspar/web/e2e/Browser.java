package se.samspar.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.SelectOption;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Chromium for the browser tests: one Playwright and one browser per JVM (closed by a shutdown hook), a
 * fresh {@link BrowserContext} — cookies, session, language — per test.
 *
 * <p>Uses the system's Chromium (Debian's {@code chromium} package); without it the tests fail, they are never
 * skipped.
 */
public final class Browser {
    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "samspar-demo";
    /** The demo user {@link #open} signs in as when a page asks for sign-in. */
    public static final String DEFAULT_USER = "samordnare";
    /** Screenshots are this wide, like the viewport of every test. */
    public static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final List<String> CHROMIUM_NAMES = List.of("chromium", "chromium-browser");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    /**
     * Numbers for the activities the tests create. One sequence for every browser test in the JVM, all six digits
     * wide and after a "T": no reference can equal another, contain another or contain a demo reference such as
     * VINR-5, so a text match finds exactly one.
     */
    private static final AtomicInteger REFERENCES = new AtomicInteger(100_000 + (int) (Math.random() * 800_000));

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    private Browser() {
    }

    /** A fresh context (Swedish locale, 1280 px wide); close it after the test. */
    public static BrowserContext newContext() {
        BrowserContext context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("sv-SE")
                .setViewportSize(WIDTH, HEIGHT));
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(60_000);
        return context;
    }

    /** A reference nothing else in the database has, such as {@code VINR-T512345}, for an activity in the given area. */
    public static String newReference(String areaCode) {
        return areaCode + "-T" + REFERENCES.getAndIncrement();
    }

    /** Signs in on /login as one of the demo users and waits until the application has moved on. */
    public static void signIn(Page page, String user) {
        signIn(page, AppServer.url("/login"), user, DEMO_PASSWORD);
        // Samspår remembers each user's language; every test starts from Swedish, the default.
        if (!"sv".equals(page.locator("html").getAttribute("lang"))) {
            switchLanguage(page, "sv");
        }
    }

    /**
     * Signs in on the given sign-in page (of the browser tests' server or another, such as an Arquillian deployment's)
     * and waits until the application has moved on.
     */
    public static void signIn(Page page, String loginUrl, String user, String password) {
        page.navigate(loginUrl);
        page.locator("#login\\:username").fill(user);
        page.locator("#login\\:password").fill(password);
        page.locator("#login\\:submit").click();
        try {
            page.waitForURL(url -> !isLoginPage(url));
        } catch (PlaywrightException e) {
            throw new AssertionError("signing in as " + user + " did not leave " + page.url() + "; the page says: "
                    + page.locator("body").innerText(), e);
        }
    }

    /** Opens a path such as {@code /agreement?id=1}, signing in as {@value #DEFAULT_USER} if the application asks. */
    public static void open(Page page, String path) {
        page.navigate(AppServer.url(path));
        if (isLoginPage(page.url())) {
            signIn(page, DEFAULT_USER);
            page.navigate(AppServer.url(path));
        }
    }

    /**
     * Another user's steps in a session of their own (own cookies), beside the test's page: signed in as {@code user},
     * the context closed afterwards whatever happens.
     */
    public static void asUser(String user, java.util.function.Consumer<Page> steps) {
        BrowserContext context = newContext();
        try {
            Page page = context.newPage();
            signIn(page, user);
            steps.accept(page);
        } finally {
            context.close();
        }
    }

    /** The bodies of the POSTs the page sends from now on that hold {@code bodyPart}, e.g. {@code reportForm%3Asubmit}. */
    public static List<String> postsWith(Page page, String bodyPart) {
        List<String> sent = new java.util.ArrayList<>();
        page.onRequest(request -> {
            String body = request.postData();
            if ("POST".equals(request.method()) && body != null && body.contains(bodyPart)) {
                sent.add(body);
            }
        });
        return sent;
    }

    /** On the "Byt lösenord" page: the current password, the new one twice, and submits. */
    public static void changePassword(Page page, String current, String next) {
        page.locator("#change\\:current").fill(current);
        page.locator("#change\\:newPassword").fill(next);
        page.locator("#change\\:repeat").fill(next);
        page.locator("#change\\:submit").click();
    }

    /**
     * Follows the header's language switch and waits until the reloaded page is in {@code language} ("sv" or "en").
     */
    public static void switchLanguage(Page page, String language) {
        page.locator("#language\\:switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", language);
        page.waitForLoadState(); // the new page's scripts bound, so that what the test does next is heard
    }

    /** Writes a full-page screenshot to docs/screenshots/{name}.png in the repository, replacing the old one. */
    public static Path screenshot(Page page, String name) {
        Path file = repositoryRoot().resolve("docs").resolve("screenshots").resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.setViewportSize(WIDTH, HEIGHT);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** The same of one part of a page (e.g. a section), at the standard viewport width. */
    public static Path screenshot(com.microsoft.playwright.Locator part, String name) {
        Path file = repositoryRoot().resolve("docs").resolve("screenshots").resolve(name + ".png");
        part.page().setViewportSize(WIDTH, HEIGHT);
        part.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(file));
        return file;
    }

    static boolean isLoginPage(String url) {
        String path = Optional.ofNullable(URI.create(url).getPath()).orElse("");
        return path.equals("/login") || path.startsWith("/login.") || path.startsWith("/login/");
    }

    private static Path repositoryRoot() {
        for (Path dir = AppServer.targetDir(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("modules")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (with modules/ and docs/) above " + AppServer.targetDir());
    }

    private static synchronized com.microsoft.playwright.Browser browser() {
        if (browser == null) {
            // Assertions wait up to 15 s, not 5: on a busy 2-core CI machine an AJAX answer can take longer.
            PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            Path chromium = chromium();
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
            } catch (PlaywrightException e) {
                playwright.close();
                playwright = null;
                throw new AssertionError("Chromium at " + chromium + " did not start: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::close, "samspar-e2e-browser-close"));
        }
        return browser;
    }

    private static synchronized void close() {
        try {
            if (browser != null) {
                browser.close();
            }
        } catch (RuntimeException e) {
            // the JVM is ending anyway
        }
        try {
            if (playwright != null) {
                playwright.close();
            }
        } catch (RuntimeException e) {
            // the JVM is ending anyway
        }
    }

    /** Chromium on the PATH, as `which chromium` finds it. */
    private static Path chromium() {
        String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return CHROMIUM_NAMES.stream()
                .flatMap(name -> Stream.of(pathVariable.split(File.pathSeparator))
                        .filter(dir -> !dir.isBlank())
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Chromium not found: the browser tests need Chromium on the"
                        + " PATH (none of " + CHROMIUM_NAMES + " in " + pathVariable + "). Install Debian's"
                        + " package: apt-get install chromium"));
    }

    /** A form body as the browser sent it, with one field's value replaced (for replaying a request). */
    /**
     * Ticks a checkbox from the keyboard (focus, space). Playwright's check() under Debian's Chromium 150 (installed
     * 2026-12-01) clicked the second checkbox of the administration, new-agreement and meeting forms without ticking
     * it, where it had passed before; not yet understood. A box already ticked stays so.
     */
    public static void tick(com.microsoft.playwright.Locator box) {
        if (!box.isChecked()) {
            box.focus();
            box.press(" ");
        }
        assertThat(box).isChecked();
    }

    /**
     * The demo agreement's editing page with its action plan showing 100 rows: it shows 25 at first, and the tests
     * that share a deployment add more activities than that.
     */
    public static void openAgreementEditing(Page page) {
        page.navigate(AppServer.url("/agreement-edit?id=1"));
        showHundredRows(page);
    }

    /**
     * A choice that offers the first 50 of what its search finds (s:choiceSearch, e.g. {@code "#measures\\:activitySearch"}):
     * the search for the text sent, and its answer awaited. The browser tests share the demo agreement, and the other
     * tests' activities may come before the one wanted.
     */
    public static void search(Page page, String searchField, String text) {
        page.locator(searchField).fill(text);
        page.waitForResponse(response -> response.request().method().equals("POST"),
                () -> page.locator(searchField).press("Enter"));
    }

    /** The action plan on the editing page shown 100 rows a page, once the table has been drawn again. */
    public static void showHundredRows(Page page) {
        page.locator("#activityList select.ui-paginator-rpp-options").first().selectOption("100");
        page.waitForFunction(Axe.SETTLED);
        assertThat(page.locator("#activityList select.ui-paginator-rpp-options").first()).hasValue("100");
    }

    /**
     * On the demo agreement's editing page: a new activity in VINR led by Huddinge kommun, saved and listed. The
     * way most browser tests make an activity of their own to work on.
     */
    public static void addVinrActivity(Page page, String reference, String title) {
        page.locator("#activity\\:areaId").selectOption(new SelectOption()
                .setLabel("Våld i nära relation (VINR)"));
        page.locator("#activity\\:reference").fill(reference);
        page.locator("#activity\\:title").fill(title);
        page.locator("#activity\\:leadPartyId").selectOption(new SelectOption()
                .setLabel("Huddinge kommun"));
        page.locator("#activity\\:save").click();
        assertThat(page.locator("#activityList"))
                .containsText(reference);
    }

    public static String withField(String body, String field, String value) {
        String key = java.net.URLEncoder.encode(field, java.nio.charset.StandardCharsets.UTF_8) + "=";
        StringBuilder out = new StringBuilder();
        boolean found = false;
        for (String pair : body.split("&")) {
            if (out.length() > 0) {
                out.append('&');
            }
            if (pair.startsWith(key)) {
                out.append(key).append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                found = true;
            } else {
                out.append(pair);
            }
        }
        if (!found) {
            throw new AssertionError(field + " is not in the request: " + body);
        }
        return out.toString();
    }
}

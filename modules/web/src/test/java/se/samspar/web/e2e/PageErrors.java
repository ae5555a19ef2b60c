package se.samspar.web.e2e;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The script errors of a page from the moment it is watched, over every document it loads: uncaught exceptions
 * ({@code pageerror}) and console messages of type error (among them CSP violations and failed resources).
 */
public final class PageErrors {
    private static final String FAILED_LOAD = "Failed to load resource: the server responded with a status of ";

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Set<String> deliberate = new CopyOnWriteArraySet<>();

    private PageErrors() {
    }

    /** Starts collecting the errors of {@code page}. */
    public static PageErrors watch(Page page) {
        PageErrors watched = new PageErrors();
        page.onPageError(error -> watched.errors.add("uncaught error on " + page.url() + ": " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !watched.isDeliberate(message)) {
                watched.errors.add("console error on " + page.url() + " (" + message.location() + "): "
                        + message.text());
            }
        });
        return watched;
    }

    /**
     * The test asks for {@code url} knowing it answers with an error status (a 403 or 404 page): the browser's
     * "Failed to load resource" for exactly that address is not an error of the page.
     */
    public void expectErrorStatus(String url) {
        deliberate.add(url);
    }

    /** How many errors were collected so far. */
    public int count() {
        return errors.size();
    }

    /** Fails, listing them, if any error was collected. */
    public void assertNone() {
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " script error(s):\n- " + String.join("\n- ", errors));
        }
    }

    private boolean isDeliberate(ConsoleMessage message) {
        String location = message.location();
        return message.text().startsWith(FAILED_LOAD) && deliberate.stream()
                .anyMatch(url -> location.equals(url) || location.startsWith(url + ":"));
    }
}

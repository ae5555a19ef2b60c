package se.samspar.web.e2e;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core on the page once it has settled: WCAG 2.1 A and AA and axe's best practices, no rules or elements left
 * out.
 */
public final class Axe {
    /**
     * The axe tags checked: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices (among them
     * {@code landmark-unique}: two landmarks of one role need different names).
     */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    /** True when no CSS transition or finite animation runs. */
    static final String ANIMATIONS_DONE = "() => document.getAnimations().every(a => a.playState !== 'running'"
            + " || !a.effect || a.effect.getComputedTiming().endTime === Infinity)";
    /**
     * True once nothing on the page is still changing: no PrimeFaces AJAX request queued or running, no jQuery
     * request, no button still showing PrimeFaces' loading state (which lasts at least its minLoadAnimation, 500 ms
     * from the start of the request, so it can end after the request has), and no CSS transition or finite
     * animation running (PrimeFaces buttons animate their colours for .2 s; measured mid-way their contrast is
     * neither the old nor the new one). Endless animations (spinners) are not waited for.
     */
    static final String SETTLED = "() => (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
            + " && (!window.jQuery || jQuery.active === 0)"
            + " && !document.querySelector('.ui-state-loading')"
            + " && (" + ANIMATIONS_DONE + ")()";
    private static final int NODES_SHOWN = 3;

    private Axe() {
    }

    /** Fails, listing every violation, unless axe finds none on the page once it has {@linkplain #settle settled}. */
    public static void assertNoViolations(Page page) {
        settle(page);
        boolean framed = page.frames().size() > 1;
        AxeResults results = new AxeBuilder(page).options(options()).setLegacyMode(!framed).analyze();
        if (results.getErrorMessage() != null) {
            throw new AssertionError("axe could not run on " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " axe violation(s) on " + page.url() + ":\n"
                    + violations.stream().map(Axe::describe).collect(Collectors.joining("\n")));
        }
    }

    /**
     * axe finds nothing in Swedish, then the page in English, {@code inEnglish}'s checks, and axe again; the page is
     * left in Swedish.
     */
    public static void inBothLanguages(Page page, Runnable inEnglish) {
        assertNoViolations(page);
        Browser.switchLanguage(page, "en");
        inEnglish.run();
        assertNoViolations(page);
        Browser.switchLanguage(page, "sv");
    }

    /**
     * Waits until no AJAX request is pending and no transition is running, twice in a row (a request's completion
     * may start a transition, e.g. a re-enabled button).
     */
    public static void settle(Page page) {
        page.waitForFunction(SETTLED);
        page.waitForTimeout(50);
        page.waitForFunction(SETTLED);
    }

    /** Waits until no transition (and no finite animation) runs, whether or not a request is pending. */
    public static void waitForTransitions(Page page) {
        page.waitForFunction(ANIMATIONS_DONE);
    }

    /**
     * The rules of {@link #TAGS}, all of them; the nodes listed only for violations (axe still runs every check, but
     * does not send the thousands of passing nodes back to the test).
     *
     * <p>Run as {@code axe.run} in the page itself ("legacy mode"): the default runs axe in every frame, then opens a
     * blank page in a new browser context to put the frames' results together — a new context and a second copy of
     * axe's 550 KB script for every check. Samspår's pages have no frames, so that buys nothing there; a page with
     * frames is still checked the default way.
     */
    private static AxeRunOptions options() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static String describe(Rule rule) {
        List<CheckedNode> nodes = rule.getNodes();
        String targets = nodes.stream().limit(NODES_SHOWN)
                .map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + nodes.size()
                + " element(s): " + targets + (nodes.size() > NODES_SHOWN ? ", …" : "") + ")";
    }
}

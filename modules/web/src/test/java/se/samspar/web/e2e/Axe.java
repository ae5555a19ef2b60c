package se.samspar.web.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core on the page as it is now: WCAG 2.1 A and AA, no rules or elements left out. */
public final class Axe {
    /** The axe tags checked: WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final int NODES_SHOWN = 3;

    private Axe() {
    }

    /** Fails, listing every violation, unless axe finds none on the page. */
    public static void assertNoViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
        if (results.getErrorMessage() != null) {
            throw new AssertionError("axe could not run on " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " axe violation(s) on " + page.url() + ":\n"
                    + violations.stream().map(Axe::describe).collect(Collectors.joining("\n")));
        }
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

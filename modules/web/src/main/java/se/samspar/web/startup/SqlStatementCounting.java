package se.samspar.web.startup;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import se.samspar.platform.api.SqlStatements;

/**
 * How many SQL statements each request sent, for the statement-count tests and the benchmark: with the setting
 * {@code samspar.diagnostics.sql-statements=true} (off by default) every page and every Faces AJAX answer ends with the
 * comment {@code <!-- samspar-sql-statements: N -->}, N being the number of statements EclipseLink sent while the
 * request was served, from the first filter on (so the caller's lookup and the session check count too). Off, the
 * filter is not even registered: it costs nothing.
 *
 * <p>A comment at the end rather than a header, because a header would have to wait for the whole page (buffered in
 * memory) and a large page is exactly what the count is wanted for. A comment after the root element is well-formed
 * in XML too, so Faces' partial responses still parse.
 */
@WebListener
public class SqlStatementCounting implements ServletContextListener {
    /** The setting that turns counting on. */
    public static final String SETTING = "samspar.diagnostics.sql-statements";
    /** What the comment at the end of an answer starts with; the count and {@code " -->"} follow. */
    public static final String MARK = "<!-- samspar-sql-statements: ";
    private static final Logger LOG = Logger.getLogger(SqlStatementCounting.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean on = ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
        if (on) {
            FilterRegistration.Dynamic filter = event.getServletContext().addFilter("SqlStatementComment",
                    new Comment());
            // Before the filters web.xml declares, so that their statements are counted too.
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
            LOG.info(() -> SETTING + "=true: every page and AJAX answer ends with its SQL statement count");
        }
    }

    /** Counts the statements of one request and appends the count to an HTML or XML answer. */
    static final class Comment extends HttpFilter {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            long before = SqlStatements.sent();
            chain.doFilter(request, response);
            String type = response.getContentType();
            if (type == null || !(type.startsWith("text/html") || type.contains("xml"))) {
                return; // resources, downloads, redirects: nothing to append to
            }
            String comment = MARK + (SqlStatements.sent() - before) + " -->";
            try {
                response.getWriter().write(comment);
            } catch (IllegalStateException streamInUse) {
                response.getOutputStream().write(comment.getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}

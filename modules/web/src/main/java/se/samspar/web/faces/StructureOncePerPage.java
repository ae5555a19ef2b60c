package se.samspar.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import java.io.IOException;
import se.samspar.agreement.api.StructurePerRequest;

/**
 * Every page request reads each agreement's structure once ({@link StructurePerRequest}), however many services the
 * page asks (the activity page asked five).
 */
@WebFilter(filterName = "StructureOncePerPage", servletNames = "Faces Servlet",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class StructureOncePerPage extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    StructurePerRequest structures;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        structures.keepForThisRequest();
        chain.doFilter(request, response);
    }
}

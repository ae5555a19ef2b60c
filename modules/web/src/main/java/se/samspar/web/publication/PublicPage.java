package se.samspar.web.publication;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import se.samspar.actionplan.api.PublicAgreement;
import se.samspar.actionplan.api.PublicItem;
import se.samspar.actionplan.api.PublicProgress;

/**
 * {@code /public/{agreement id}[?lang=en][&page=n]}: an agreement's public progress page, for anyone, without sign-in
 * (web.xml leaves {@code /public/*} outside the sign-in constraint). What is not published is a 404, as is an
 * agreement nothing of which is published. Answers carry their own strict CSP (no script at all), an ETag and
 * Last-Modified, and 304 when the ETag still matches.
 */
@WebServlet(name = "PublicPage", urlPatterns = "/public/*")
public class PublicPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self' data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Inject
    PublicProgress publicProgress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Long agreementId = PublicKey.agreementId(path == null ? null : path.substring(1));
        Optional<PublicAgreement> agreement = agreementId == null ? Optional.empty()
                : publicProgress.agreement(agreementId);
        int page = page(request.getParameter("page"));
        if (agreement.isEmpty() || page < 1) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PublicWords words = new PublicWords(PublicKey.locale(request.getParameter("lang")));
        List<PublicItem> items = publicProgress.items(agreementId, (page - 1) * PublicPageHtml.PAGE_SIZE,
                PublicPageHtml.PAGE_SIZE);
        if (items.isEmpty() && page > 1) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String html = new PublicPageHtml(request.getContextPath(), agreement.get(), items, page, words).render();
        String etag = Conditional.etag(html);
        response.setHeader("Cache-Control", Conditional.CACHE_CONTROL);
        response.setHeader("ETag", etag);
        if (agreement.get().lastModified() != null) {
            response.setHeader("Last-Modified", Conditional.httpDate(agreement.get().lastModified()));
        }
        response.setHeader("Content-Security-Policy", CSP);
        if (Conditional.notModified(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", words.locale().toLanguageTag());
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The page number, 1 when none is given; 0 (a 404) for anything but a small positive number. */
    private static int page(String value) {
        if (value == null) {
            return 1;
        }
        if (value.isEmpty() || value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(value);
    }
}

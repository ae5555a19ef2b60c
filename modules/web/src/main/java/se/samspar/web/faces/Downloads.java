package se.samspar.web.faces;

import se.samspar.web.security.SecurityHeaders;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import org.omnifaces.util.Servlets;

/**
 * A generated file sent as the answer to a button, as OmniFaces' {@code Faces.sendFile} does, but never kept by a
 * cache: {@code sendFile} says {@code Cache-Control: public} over HTTPS (an old Internet Explorer workaround), which
 * lets a shared proxy or the browser's disk keep a board's report. Here the answer keeps the {@code no-store} every
 * page has (SecurityHeaders).
 */
public final class Downloads {
    private Downloads() {
    }

    public static void send(byte[] content, String fileName) throws IOException {
        send(content, fileName, FacesContext.getCurrentInstance().getExternalContext().getMimeType(fileName));
    }

    /** The same with the content type known (an attachment's, from its bytes rather than its name). */
    public static void send(byte[] content, String fileName, String contentType) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType(contentType == null ? "application/octet-stream" : contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", Servlets.formatContentDispositionHeader(fileName, true));
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        }
        faces.responseComplete();
    }
}

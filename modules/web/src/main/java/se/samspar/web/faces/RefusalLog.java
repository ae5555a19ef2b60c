package se.samspar.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import se.samspar.audit.api.AuditTrail;
import se.samspar.platform.api.AccessDenied;

/**
 * Refusals that end on the 403 page without a service having recorded them (a page's own refusal,
 * such as editing offered only to coordinators), and requests refused on the expired-view page (a
 * view state this session never had: a replayed or forged form), are recorded in the audit trail:
 * who, what was refused, and at which address (the request as sent, replayed ids included).
 * Services record their own refusals ({@code @Guarded}).
 */
@Named
@RequestScoped
public class RefusalLog {
    @Inject
    AuditTrail audit;
    private boolean recorded;

    /** preRenderView of the 403 page; once per request. */
    public void record() {
        if (recorded) {
            return;
        }
        recorded = true;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, Object> attributes = external.getRequestMap();
        Object exception = attributes.get("jakarta.servlet.error.exception");
        Object uri = attributes.get("jakarta.servlet.error.request_uri");
        String where = uri != null ? uri.toString() : external.getRequestServletPath();
        String query = external.getRequestParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("jakarta.faces") && !e.getKey().startsWith("primefaces"))
                .filter(e -> e.getKey().equals("id") || e.getKey().equals("agreement"))
                .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + "&" + b).map(q -> "?" + q).orElse("");
        AccessDenied denied = exception instanceof AccessDenied a ? a
                : exception instanceof Throwable t && t.getCause() instanceof AccessDenied a ? a : null;
        if (denied != null && denied.isRecorded() || Boolean.TRUE.equals(attributes.get(ViewParameters.RECORDED))) {
            return; // the service that refused has recorded it
        }
        String what = denied != null ? denied.getMessage()
                : exception instanceof jakarta.faces.application.ViewExpiredException
                || exception instanceof Throwable t && t.getCause() instanceof jakarta.faces.application.ViewExpiredException
                ? "expired or unknown view state" : "page";
        audit.refused(what, where + query);
    }
}

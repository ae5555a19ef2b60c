package se.samspar.web.faces.form;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The summary on top of a refused form (the form-messages include): each refused field of the form with its message,
 * as a link to the field. Shown when the request's input was refused and this form has something to say; a script
 * (samspar.js) moves the focus to it.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** A refused field: its client id (the link's target), its label when the field has one, and the message. */
    public record Problem(String clientId, String label, String message) {
    }

    /** Whether the form's input was refused in this request. */
    public boolean refused(String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.isValidationFailed() && (!faces.getMessageList(form).isEmpty() || !problems(form).isEmpty());
    }

    /** The form's refused fields, in the order of their messages. */
    public List<Problem> problems(String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Problem> problems = new ArrayList<>();
        String prefix = form + ":";
        Map<String, String> labels = new HashMap<>();
        UIComponent formComponent = faces.getViewRoot().findComponent(":" + form);
        if (formComponent != null) {
            collectLabels(formComponent, labels);
        }
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null || !clientId.startsWith(prefix)) {
                continue;
            }
            String label = labels.getOrDefault(clientId.substring(prefix.length()), "");
            for (FacesMessage m : faces.getMessageList(clientId)) {
                if (m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    problems.add(new Problem(clientId, label, m.getSummary()));
                }
            }
        }
        return problems;
    }

    /** The form's labels by the id of the field they name (the fields' ids are the form's own, see s:field). */
    private static void collectLabels(UIComponent component, Map<String, String> labels) {
        if (component instanceof HtmlOutputLabel label && label.getFor() != null && label.getValue() != null) {
            labels.putIfAbsent(label.getFor(), label.getValue().toString());
        }
        for (UIComponent child : component.getChildren()) {
            collectLabels(child, labels);
        }
    }
}

package se.samspar.web.faces.form;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.StaleEdit;
import se.samspar.web.faces.Language;

/**
 * The messages of a form, under its id (shown by the form-messages include), and a refusal's
 * messages at the fields it names: the one way the pages report what a service said.
 */
public final class FormMessages {
    private FormMessages() {
    }

    /** A confirmation for the form. */
    public static void info(String form, String text) {
        FacesContext.getCurrentInstance().addMessage(form, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /**
     * A change a form asks of a service, said at the form: done — {@code reread}, then the confirmation
     * {@code doneKey}; someone else changed it first (rule 10) — {@code reread}, and said; refused — each problem at
     * its field. The one way the pages' save buttons handle a service's answer. Returns whether it was done.
     */
    public static boolean save(String form, Language language, Runnable change, Runnable reread, String doneKey) {
        try {
            change.run();
            reread.run();
            info(form, language.text(doneKey));
            return true;
        } catch (StaleEdit e) {
            reread.run();
            stale(form, language.text("edit.stale"));
        } catch (InvalidInput e) {
            refuse(e, form, language.getLocale());
        }
        return false;
    }

    /** Someone else changed it first (rule 10): said at the form, and nothing was saved. */
    public static void stale(String form, String text) {
        notSaved(form, text);
    }

    /** Why nothing was saved, said at the form; the request counts as refused (a dialog stays open). */
    public static void notSaved(String form, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(form, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
        faces.validationFailed();
    }

    /**
     * Each refused field's message at its field: the form's field ids are the service's field
     * names (a path such as {@code participatingPartyIds[0]} names its first part); a field the form
     * does not show gets the form's own message area.
     */
    public static void refuse(InvalidInput e, String form, Locale locale) {
        refuse(e, form, locale, false, null);
    }

    /**
     * As {@link #refuse(InvalidInput, String, Locale)}, for the form of a dialog that stays open: each refused
     * field is also marked invalid (aria-invalid, and the dialog's focus goes to it) and shows what was typed
     * rather than the model's value; a refusal of a field the form does not show is said as
     * {@code elsewhere}, a pattern with the service's message as <code>{0}</code>.
     */
    public static void refuseInDialog(InvalidInput e, String form, Locale locale, String elsewhere) {
        refuse(e, form, locale, true, elsewhere);
    }

    private static void refuse(InvalidInput e, String form, Locale locale, boolean markFields, String elsewhere) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldProblem p : e.problems()) {
            String field = p.field() == null ? "" : p.field().replaceAll("^([A-Za-z0-9]*).*$", "$1");
            UIComponent component = field.isEmpty() ? null : faces.getViewRoot().findComponent(":" + form + ":" + field);
            boolean shown = component != null && component.isRendered();
            String message = p.message(locale);
            if (shown && markFields && component instanceof UIInput input) {
                String clientId = form + ":" + field;
                input.setSubmittedValue(faces.getExternalContext().getRequestParameterMap().get(clientId));
                input.setValid(false);
            }
            if (!shown && elsewhere != null) {
                message = MessageFormat.format(elsewhere, message);
            }
            faces.addMessage(shown ? form + ":" + field : form,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        faces.validationFailed();
    }
}

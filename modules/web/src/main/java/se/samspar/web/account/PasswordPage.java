package se.samspar.web.account;

import se.samspar.web.faces.Language;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.security.SessionGuard;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Objects;
import se.samspar.identity.api.AccountSession;
import se.samspar.identity.api.AccountSessions;
import se.samspar.identity.api.UserAccounts;
import se.samspar.platform.api.InvalidInput;

/**
 * Changing one's own password (/password): the current one, the new one twice. The change ends the user's
 * other sessions; this one continues under a new session id.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "change";

    @Inject
    UserAccounts accounts;
    @Inject
    AccountSessions sessions;
    @Inject
    Language language;

    private String current;
    private String newPassword;
    private String repeat;
    private boolean changed;

    /** Whether the user came here because an administrator set their password. */
    public boolean isMustChange() {
        return !changed && sessions.signedIn().map(AccountSession::mustChangePassword).orElse(false);
    }

    public boolean isChanged() {
        return changed;
    }

    public void change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (!Objects.equals(newPassword, repeat)) {
                throw InvalidInput.of("repeat", "samspar.password.mismatch");
            }
            int epoch = accounts.changeOwnPassword(current, newPassword);
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            request.changeSessionId();
            SessionGuard.epochChanged(request.getSession(), epoch);
            changed = true;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    language.text("password.changed"), null));
        } catch (InvalidInput e) {
            // The service names the current password "currentPassword"; the form's field is "current".
            FormMessages.refuse(e.withFields(f -> "currentPassword".equals(f) ? "current" : f), FORM,
                    language.getLocale());
        } finally {
            current = newPassword = repeat = null;
        }
    }

    public String getCurrent() { return current; }
    public void setCurrent(String v) { current = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String v) { repeat = v; }
}

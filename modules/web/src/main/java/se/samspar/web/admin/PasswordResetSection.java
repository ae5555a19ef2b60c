package se.samspar.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samspar.identity.api.UserAccounts;
import se.samspar.platform.api.InvalidInput;
import se.samspar.web.faces.form.FormMessages;

/** A new password for the account open in {@link UserForm}; its user must change it at the next sign-in. */
@Named
@ViewScoped
public class PasswordResetSection implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "reset";

    @Inject
    UserAccounts accounts;
    @Inject
    AdministrationPage page;
    @Inject
    UserForm form;

    private String newPassword;

    public void resetPassword() {
        if (form.getEditingId() == null) {
            return;
        }
        try {
            accounts.resetPassword(form.getEditingId(), newPassword);
            FormMessages.info(FORM, page.text("admin.passwordReset"));
        } catch (InvalidInput e) {
            FormMessages.refuse(e, FORM, page.locale());
        } finally {
            newPassword = null;
        }
    }

    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
}

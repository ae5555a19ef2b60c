package se.samspar.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import se.samspar.notification.api.Reminders;
import se.samspar.web.faces.form.FormMessages;

/** Reminders by e-mail: whether they are on, and the weekly digests sent now rather than on their day. */
@Named
@ViewScoped
public class RemindersSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Reminders reminders;
    @Inject
    AdministrationPage page;

    public boolean isEnabled() {
        return reminders.enabled();
    }

    public void sendDigestsNow() {
        int sent = reminders.sendDigestsNow();
        FormMessages.info("reminders", MessageFormat.format(page.text("admin.reminders.sent"), sent));
    }
}

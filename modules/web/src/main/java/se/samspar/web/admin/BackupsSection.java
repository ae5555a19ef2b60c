package se.samspar.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import se.samspar.platform.api.Backups;
import se.samspar.web.faces.form.FormMessages;

/** Online backups (Derby): the ones kept, and one more now. */
@Named
@ViewScoped
public class BackupsSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Backups backups;
    @Inject
    AdministrationPage page;

    public void backUpNow() {
        Backups.Backup made = backups.backUpNow();
        FormMessages.info("backups", MessageFormat.format(page.text("admin.backups.taken"), made.name()));
    }

    /** On PostgreSQL the operator's pg_dump or point-in-time recovery keeps the backups, and the page says so. */
    public boolean isTakenByTheApplication() {
        return backups.takenByTheApplication();
    }

    public List<Backups.Backup> getBackups() {
        return backups.list();
    }
}

package se.samspar.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationView;
import se.samspar.identity.api.UserAccounts;
import se.samspar.identity.api.UserView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.web.faces.CurrentUser;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.faces.RowParameters;
import se.samspar.web.table.PerRequest;
import se.samspar.web.table.SearchedRows;

/**
 * The accounts: a table paged in the database, each row with "Ändra" (into {@link UserForm}), and deactivation after
 * a confirmation dialog, or activation. The caller's own row offers no deactivation; the service refuses it too.
 */
@Named
@ViewScoped
public class UsersSection implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "users";

    @Inject
    UserAccounts accounts;
    @Inject
    OrganisationService organisations;
    @Inject
    AdministrationPage page;
    @Inject
    UserForm form;
    @Inject
    CurrentUser currentUser;

    private final SearchedRows<UserView> rows = new SearchedRows<>("users:table", search -> accounts.count(search),
            (search, first, max) -> accounts.page(search, first, max), UserView::id);
    /** The account the confirmation dialog asks about. */
    private Long pendingId;
    private String pendingName;

    public SearchedRows<UserView> getRows() {
        return rows;
    }

    /** The name of the row's organisation: those of the page shown, read together once a rendered request. */
    public String organisationName(UserView user) {
        List<UserView> shown = rows.getWrappedData() == null ? List.of() : rows.getWrappedData();
        Set<Long> ids = new TreeSet<>(List.of(user.organisationId()));
        shown.forEach(u -> ids.add(u.organisationId()));
        Map<Long, String> names = PerRequest.get("usersSection.organisationNames:" + ids, () -> organisations
                .withIds(ids).stream().collect(Collectors.toMap(OrganisationView::id, OrganisationView::name)));
        return names.getOrDefault(user.organisationId(), "");
    }

    /** Whether the row is the signed-in administrator's own account (which they may not deactivate). */
    public boolean own(UserView user) {
        return user.username().equalsIgnoreCase(currentUser.getCaller().username());
    }

    /** A row's "Ändra": the form below takes the account as it is now (by the id the row was shown with). */
    public void edit() {
        Long userId = RowParameters.number("userId");
        if (userId != null) {
            accounts.find(userId).ifPresent(form::edit);
        }
    }

    /** A row's "Stäng av": the dialog asks first; nothing changes until it is confirmed. */
    public void askDeactivation() {
        Long userId = RowParameters.number("userId");
        UserView user = userId == null ? null : accounts.find(userId).orElse(null);
        if (user != null) {
            pendingId = user.id();
            pendingName = user.displayName() + " (" + user.username() + ")";
            PrimeFaces.current().ajax().addCallbackParam("confirmDeactivation", true);
        }
    }

    /** The dialog's "Stäng av". */
    public void deactivate() {
        if (pendingId == null) {
            return;
        }
        try {
            accounts.deactivate(pendingId);
            FormMessages.info(FORM, page.text("admin.userDeactivated"));
        } catch (InvalidInput e) {
            FormMessages.refuse(e, FORM, page.locale());
        } finally {
            pendingId = null;
        }
    }

    /** A row's "Aktivera": nothing to lose, so no question first. */
    public void activate() {
        Long userId = RowParameters.number("userId");
        if (userId != null) {
            accounts.activate(userId);
            FormMessages.info(FORM, page.text("admin.userActivated"));
        }
    }

    public String getPendingName() {
        return pendingName;
    }
}

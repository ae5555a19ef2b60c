package se.samspar.web.admin;

import se.samspar.agreement.api.AgreementQueries;
import se.samspar.web.faces.RowParameters;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.Messages;
import se.samspar.web.table.PerRequest;
import se.samspar.web.faces.ViewParameters;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.OrganisationView;
import se.samspar.identity.api.NewUser;
import se.samspar.identity.api.UserAccounts;
import se.samspar.identity.api.UserView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Roles;

/** Administration: organisations and user accounts. The services refuse anyone but administrators. */
@Named
@ViewScoped
public class AdministrationPage implements Serializable {
    private static final String USERS = AdministrationPage.class.getName() + ".users";
    private static final String ORGANISATIONS = AdministrationPage.class.getName() + ".organisations";
    private static final String AGREEMENTS = AdministrationPage.class.getName() + ".agreements";
    private static final String AGREEMENT_TITLES = AdministrationPage.class.getName() + ".agreementTitles";
    private static final long serialVersionUID = 1L;
    static final List<String> ROLES = List.of(Roles.COORDINATOR, Roles.PARTNER, Roles.BOARD_MEMBER,
            Roles.ADMINISTRATOR);

    @Inject
    transient UserAccounts accounts;
    @Inject
    transient OrganisationService organisations;
    @Inject
    transient AgreementQueries agreements;
    @Inject
    Language language;
    @Inject
    transient se.samspar.platform.api.Backups backups;

    // New user form
    private String username;
    private String displayName;
    private String email;
    private Long organisationId;
    private List<String> roles = new ArrayList<>();
    private List<Long> coordinatorOf = new ArrayList<>();
    private String password;
    // New organisation form
    private String organisationName;
    private String organisationShortName;
    private OrganisationType organisationType;
    private String organisationNumber;
    // Password reset
    private Long resetUserId;
    private String newPassword;

    /** f:viewAction: anyone but an administrator gets a 403, as the services would refuse them anyway. */
    public void check() {
        try {
            accounts.all();
        } catch (AccessDenied e) {
            ViewParameters.refuse(e);
        }
    }

    /** Each list read once per request, however often the page asks (see {@link PerRequest}). */
    public List<UserView> getUsers() {
        return PerRequest.get(USERS, accounts::all);
    }

    public List<OrganisationView> getOrganisations() {
        return PerRequest.get(ORGANISATIONS, organisations::all);
    }

    public List<AgreementView> getAgreements() {
        return PerRequest.get(AGREEMENTS, agreements::agreements);
    }

    public List<String> getRoleNames() {
        return ROLES;
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    public String organisationName(long id) {
        return getOrganisations().stream().filter(o -> o.id() == id).map(OrganisationView::name).findFirst()
                .orElse("");
    }

    public String agreementTitles(Set<Long> ids) {
        Map<Long, String> titles = PerRequest.get(AGREEMENT_TITLES, () -> getAgreements().stream()
                .collect(Collectors.toMap(AgreementView::id, AgreementView::title)));
        return ids.stream().map(id -> titles.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining(", "));
    }

    /** An online backup now; the list shows it and the older ones kept. */
    public void backUpNow() {
        se.samspar.platform.api.Backups.Backup made = backups.backUpNow();
        jakarta.faces.context.FacesContext.getCurrentInstance().addMessage("backups", new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                java.text.MessageFormat.format(new Messages.Lookup(language).text("admin.backups.taken"), made.name()), null));
    }

    public List<se.samspar.platform.api.Backups.Backup> getBackups() {
        return backups.list();
    }

    public void createUser() {
        try {
            accounts.create(new NewUser(username, displayName, email, organisationId, new HashSet<>(roles),
                    new HashSet<>(coordinatorOf), password));
            info("admin.userCreated");
            username = displayName = email = password = null;
            organisationId = null;
            roles = new ArrayList<>();
            coordinatorOf = new ArrayList<>();
        } catch (InvalidInput e) {
            refuse(e, "user");
        } finally {
            password = null;
        }
    }

    public void createOrganisation() {
        try {
            organisations.create(new OrganisationDraft(organisationName, organisationShortName, organisationType,
                    organisationNumber));
            info("admin.organisationCreated");
            organisationName = organisationShortName = organisationNumber = null;
            organisationType = null;
        } catch (InvalidInput e) {
            refuse(e, "organisation");
        }
    }

    /** The user of the row clicked, by the id the row was shown with (its f:param {@code userId}), not by row. */
    public void deactivate() {
        Long userId = RowParameters.number("userId");
        if (userId != null) {
            accounts.deactivate(userId);
            info("admin.userDeactivated");
        }
    }

    /** As {@link #deactivate()}. */
    public void activate() {
        Long userId = RowParameters.number("userId");
        if (userId != null) {
            accounts.activate(userId);
            info("admin.userActivated");
        }
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(resetUserId, newPassword);
            info("admin.passwordReset");
        } catch (InvalidInput e) {
            refuse(e, "reset");
        } finally {
            newPassword = null;
        }
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, new Messages.Lookup(language).text(key), null));
    }

    /** Each refused field's message at its field; the form ids follow the service's field names. */
    private void refuse(InvalidInput e, String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldProblem p : e.problems()) {
            String field = switch (p.field()) {
                case "name" -> "organisationName";
                case "shortName" -> "organisationShortName";
                case "type" -> "organisationType";
                default -> p.field();
            };
            String clientId = form + ":" + field;
            boolean known = faces.getViewRoot().findComponent(":" + clientId) != null;
            faces.addMessage(known ? clientId : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(language.getLocale()), null));
        }
        faces.validationFailed();
    }

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long v) { organisationId = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v; }
    public List<Long> getCoordinatorOf() { return coordinatorOf; }
    public void setCoordinatorOf(List<Long> v) { coordinatorOf = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String v) { organisationName = v; }
    public String getOrganisationShortName() { return organisationShortName; }
    public void setOrganisationShortName(String v) { organisationShortName = v; }
    public OrganisationType getOrganisationType() { return organisationType; }
    public void setOrganisationType(OrganisationType v) { organisationType = v; }
    public String getOrganisationNumber() { return organisationNumber; }
    public void setOrganisationNumber(String v) { organisationNumber = v; }
    public Long getResetUserId() { return resetUserId; }
    public void setResetUserId(Long v) { resetUserId = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
}

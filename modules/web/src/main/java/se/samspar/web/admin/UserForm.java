package se.samspar.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.identity.api.NewUser;
import se.samspar.identity.api.UserAccounts;
import se.samspar.identity.api.UserDetails;
import se.samspar.identity.api.UserView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.StaleEdit;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.faces.form.OrganisationChoices;
import se.samspar.web.table.PerRequest;

/**
 * The user form: a new account, or an existing one chosen in the list (name, e-mail, organisation, roles, coordinator
 * rights; the version it was read at goes with the save, so a stale edit is refused and the newer data shown). An
 * organisation not yet known is made on the spot, inside the form, and chosen.
 */
@Named
@ViewScoped
public class UserForm implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "user";

    @Inject
    UserAccounts accounts;
    @Inject
    OrganisationService organisations;
    @Inject
    AgreementQueries agreements;
    @Inject
    AdministrationPage page;

    /** The account edited (null: a new one), and the version it was read at. */
    private Long editingId;
    private long version;
    private String editingUsername;
    private String username;
    private String displayName;
    private String email;
    private Long organisationId;
    private OrganisationChoices organisationChoices = new OrganisationChoices(FORM);
    private List<String> roles = new ArrayList<>();
    private List<Long> coordinatorOf = new ArrayList<>();
    private String password;
    private boolean addingOrganisation;
    private OrganisationFields organisation = new OrganisationFields();

    /** The account as it is now into the form, for a change. */
    void edit(UserView user) {
        editingId = user.id();
        version = user.version();
        editingUsername = user.username();
        displayName = user.displayName();
        email = user.email();
        organisationId = user.organisationId();
        roles = new ArrayList<>(user.roles());
        coordinatorOf = new ArrayList<>(user.coordinatorOf());
        password = null;
        addingOrganisation = false;
    }

    public void create() {
        try {
            accounts.create(new NewUser(username, displayName, email, organisationId, new HashSet<>(roles),
                    new HashSet<>(coordinatorOf), password));
            FormMessages.info(FORM, page.text("admin.userCreated"));
            clear();
        } catch (InvalidInput e) {
            FormMessages.refuse(e, FORM, page.locale());
        } finally {
            password = null;
        }
    }

    public void save() {
        if (editingId == null) {
            return;
        }
        try {
            accounts.update(editingId, version, new UserDetails(displayName, email, organisationId,
                    new HashSet<>(roles), new HashSet<>(coordinatorOf)));
            FormMessages.info(FORM, MessageFormat.format(page.text("admin.userSaved"), displayName));
            clear();
        } catch (InvalidInput e) {
            FormMessages.refuse(e, FORM, page.locale());
        } catch (StaleEdit e) {
            FormMessages.stale(FORM, page.text("admin.userStale"));
            accounts.find(editingId).ifPresent(this::edit); // the newer data, to decide again
        }
    }

    /** Back to a new account, the form empty. */
    public void clear() {
        editingId = null;
        editingUsername = username = displayName = email = password = null;
        organisationId = null;
        organisationChoices = new OrganisationChoices(FORM);
        roles = new ArrayList<>();
        coordinatorOf = new ArrayList<>();
        addingOrganisation = false;
        organisation = new OrganisationFields();
    }

    /**
     * The agreements offered for coordinator rights: those the chosen organisation is a party to (a user sees no
     * other), and any the account already coordinates, so that saving never drops a right unseen. None before an
     * organisation is chosen: with every municipality on one installation, a list of all agreements would be hundreds
     * of boxes.
     */
    public List<AgreementView> getCoordinatorChoices() {
        if (organisationId == null) {
            return List.of();
        }
        // The check boxes' items and their rendered= both ask: read once a rendered request, keyed on its inputs.
        return PerRequest.get("userForm.coordinatorChoices:" + organisationId + ":" + coordinatorOf,
                this::readCoordinatorChoices);
    }

    private List<AgreementView> readCoordinatorChoices() {
        List<AgreementView> all = page.getAgreements();
        Set<Long> offered = new HashSet<>(coordinatorOf);
        agreements.partiesOf(all.stream().map(AgreementView::id).toList()).stream()
                .filter(p -> organisationId.equals(p.organisationId()))
                .forEach(p -> offered.add(p.agreementId()));
        return all.stream().filter(a -> offered.contains(a.id())).toList();
    }

    /** The organisations the select offers: the first 50 the search finds, and the one chosen. */
    public OrganisationChoices.Offer getOrganisationOffer() {
        return organisationChoices.offer(organisations, organisationId == null ? List.of() : List.of(organisationId),
                List.of());
    }

    public void addOrganisation() {
        addingOrganisation = true;
    }

    public void cancelOrganisation() {
        addingOrganisation = false;
        organisation = new OrganisationFields();
    }

    /** The new organisation is made and chosen for the account; the rest of the form keeps what was typed. */
    public void createOrganisation() {
        try {
            organisationId = organisations.create(organisation.draft());
            FormMessages.info(FORM, MessageFormat.format(page.text("admin.organisationCreatedAndChosen"),
                    organisation.getName()));
            cancelOrganisation();
        } catch (InvalidInput e) {
            FormMessages.refuse(OrganisationFields.asInputs(e), FORM, page.locale());
        }
    }

    public boolean isEditing() { return editingId != null; }
    public Long getEditingId() { return editingId; }
    public String getEditingUsername() { return editingUsername; }
    public boolean isAddingOrganisation() { return addingOrganisation; }
    public OrganisationFields getOrganisation() { return organisation; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long v) { organisationId = v; }
    public OrganisationChoices getOrganisationChoices() { return organisationChoices; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v; }
    public List<Long> getCoordinatorOf() { return coordinatorOf; }
    public void setCoordinatorOf(List<Long> v) { coordinatorOf = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
}

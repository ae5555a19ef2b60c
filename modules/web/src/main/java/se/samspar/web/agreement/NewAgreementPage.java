package se.samspar.web.agreement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.samspar.agreement.api.AgreementCreation;
import se.samspar.agreement.api.NewAgreement;
import se.samspar.agreement.api.NewAgreement.NewParty;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.Text;
import se.samspar.web.agreement.edit.AgreementDetailsForm;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.faces.form.OrganisationChoices;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.RowParameters;
import se.samspar.web.faces.ViewParameters;

/**
 * A new agreement (/agreement-new), for administrators and users with the coordinator role: its details and its
 * parties — organisations chosen from those known, or new ones added here with their type and organisation number.
 * Created in one call of {@link AgreementCreation}; then its editing page opens for the areas, goals and activities
 * (the creator coordinates it from that request on).
 */
@Named("newAgreement")
@ViewScoped
public class NewAgreementPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "newAgreement";

    @Inject
    AgreementCreation creation;
    @Inject
    OrganisationService organisations;
    @Inject
    CommandValidator validator;
    @Inject
    Language language;

    private final AgreementDetailsForm details = new AgreementDetailsForm();
    private List<Long> organisationIds = new ArrayList<>();
    private final List<NewOrganisation> newOrganisations = new ArrayList<>();
    private NewOrganisation adding = new NewOrganisation();
    private int nextKey = 1;
    private final OrganisationChoices organisationChoices = new OrganisationChoices(FORM);

    /** f:viewAction: whoever may not create agreements gets a 403, as the service would refuse them. */
    public void load() {
        if (!creation.mayCreate()) {
            ViewParameters.refuse(403);
        }
    }

    /** The organisations the check boxes offer: those ticked, and the first 50 the search finds. */
    public OrganisationChoices.Offer getOrganisationOffer() {
        return organisationChoices.offer(organisations, organisationIds, List.of());
    }

    public OrganisationChoices getOrganisationChoices() {
        return organisationChoices;
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    /** Adds the organisation typed in to the new ones, checked as the service will check it (rule 9 included). */
    public void addOrganisation() {
        OrganisationDraft draft = adding.draft();
        try {
            validator.check(draft);
            boolean known = organisations.named(draft.name()).isPresent()
                    || newOrganisations.stream().anyMatch(o -> o.name.strip().equalsIgnoreCase(draft.name().strip()));
            if (known) {
                throw InvalidInput.of("name", "samspar.unique");
            }
        } catch (InvalidInput e) {
            FormMessages.refuse(e, FORM, language.getLocale());
            return;
        }
        adding.key = nextKey++;
        newOrganisations.add(adding);
        adding = new NewOrganisation();
    }

    /** Takes back a new organisation, by the key its row was shown with (f:param {@code newOrganisationKey}). */
    public void removeOrganisation() {
        Long key = RowParameters.number("newOrganisationKey");
        if (key != null) {
            newOrganisations.removeIf(o -> o.key == key);
        }
    }

    /** Creates the agreement with its parties and opens it for editing; a refusal is said at its field. */
    public String create() {
        List<NewParty> parties = new ArrayList<>();
        organisationIds.forEach(id -> parties.add(new NewParty(id, null)));
        newOrganisations.forEach(o -> parties.add(new NewParty(null, o.draft())));
        try {
            long id = creation.create(new NewAgreement(details.draft(null), parties));
            return "/agreement-edit?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            FormMessages.refuse(atThisForm(e), FORM, language.getLocale());
            return null;
        }
    }

    /** The service names the agreement's fields under "agreement." and each party under "parties[i]": here, the fields and the parties' group. */
    private static InvalidInput atThisForm(InvalidInput e) {
        return e.withFields(f -> f.replaceFirst("^agreement\\.", "").replaceFirst("^parties\\[.*$", "parties"));
    }

    /** A new organisation as typed in; its key names its row. */
    public static class NewOrganisation implements Serializable {
        private static final long serialVersionUID = 1L;
        long key;
        String name;
        String shortName;
        OrganisationType type;
        String organisationNumber;

        OrganisationDraft draft() {
            return new OrganisationDraft(name, shortName, type,
                    Text.optional(organisationNumber));
        }

        public long getKey() { return key; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getShortName() { return shortName; }
        public void setShortName(String v) { shortName = v; }
        public OrganisationType getType() { return type; }
        public void setType(OrganisationType v) { type = v; }
        public String getOrganisationNumber() { return organisationNumber; }
        public void setOrganisationNumber(String v) { organisationNumber = v; }
    }

    public NewOrganisation getAdding() { return adding; }
    public List<NewOrganisation> getNewOrganisations() { return newOrganisations; }
    public AgreementDetailsForm getDetails() { return details; }
    public List<Long> getOrganisationIds() { return organisationIds; }
    public void setOrganisationIds(List<Long> v) { organisationIds = v == null ? new ArrayList<>() : v; }
}

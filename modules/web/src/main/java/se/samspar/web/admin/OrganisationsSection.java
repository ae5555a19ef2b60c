package se.samspar.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.platform.api.InvalidInput;
import se.samspar.web.faces.form.FormMessages;

/** The organisations known, and a new one (which the user form can also make on the spot). */
@Named
@ViewScoped
public class OrganisationsSection implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "organisation";

    @Inject
    OrganisationService organisations;
    @Inject
    AdministrationPage page;

    private OrganisationFields fields = new OrganisationFields();

    public void create() {
        try {
            organisations.create(fields.draft());
            FormMessages.info(FORM, page.text("admin.organisationCreated"));
            fields = new OrganisationFields();
        } catch (InvalidInput e) {
            FormMessages.refuse(OrganisationFields.asInputs(e), FORM, page.locale());
        }
    }

    public OrganisationFields getFields() {
        return fields;
    }
}

package se.samspar.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.OrganisationView;
import se.samspar.platform.api.InvalidInput;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.table.SearchedRows;

/**
 * The organisations known, paged and searched in the database (an installation for the whole country knows about a
 * thousand), and a new one (which the user form can also make on the spot).
 */
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
    private final SearchedRows<OrganisationView> rows = new SearchedRows<>("organisationTable",
            search -> organisations.count(search), (search, first, max) -> organisations.page(search, first, max),
            OrganisationView::id);

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

    public SearchedRows<OrganisationView> getRows() {
        return rows;
    }
}

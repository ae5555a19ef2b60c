package se.samspar.web.admin;

import java.io.Serializable;
import se.samspar.agreement.api.OrganisationDraft;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.platform.api.InvalidInput;

/**
 * A new organisation's fields, as both the organisations section and the user form (inline) show them: the inputs
 * are named organisationName, organisationShortName, organisationType and organisationNumber in their form.
 */
public class OrganisationFields implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name;
    private String shortName;
    private OrganisationType type;
    private String number;

    OrganisationDraft draft() {
        return new OrganisationDraft(name, shortName, type, number);
    }

    /** The service's refusal with its fields named as the inputs are. */
    static InvalidInput asInputs(InvalidInput e) {
        return e.withFields(field -> switch (field) {
            case "name" -> "organisationName";
            case "shortName" -> "organisationShortName";
            case "type" -> "organisationType";
            default -> field;
        });
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getShortName() { return shortName; }
    public void setShortName(String v) { shortName = v; }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType v) { type = v; }
    public String getNumber() { return number; }
    public void setNumber(String v) { number = v; }
}

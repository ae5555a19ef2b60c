package se.samspar.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samspar.coordination.api.CoordinationFunctionDraft;
import se.samspar.coordination.api.CoordinationFunctionView;
import se.samspar.coordination.api.CoordinationFunctions;
import se.samspar.coordination.api.CoordinationQueries;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.form.FormMessages;

/**
 * The coordination function on the meetings page: who, at which party, how to reach them; named or changed by the
 * agreement's coordinators, a stale change refused and the newer one shown.
 */
@Named
@ViewScoped
public class FunctionSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MeetingsPage page;
    @Inject
    CoordinationQueries coordination;
    @Inject
    CoordinationFunctions functions;
    @Inject
    Language language;

    private transient CoordinationFunctionView current;
    private String name;
    private String roleTitle;
    private Long partyId;
    private String email;
    private String phone;
    private Long version;

    /** First used when the page renders, after its view action has read the agreement. */
    @PostConstruct
    void read() {
        current = coordination.function(page.getAgreementId()).orElse(null);
        if (current != null) {
            name = current.name();
            roleTitle = current.roleTitle();
            partyId = current.partyId();
            email = current.email();
            phone = current.phone();
            version = current.version();
        }
    }

    public CoordinationFunctionView getCurrent() {
        if (current == null && version != null) {
            current = coordination.function(page.getAgreementId()).orElse(null); // the form keeps what was typed
        }
        return current;
    }

    public void save() {
        FormMessages.save("function", language, () -> functions.name(page.getAgreementId(), version,
                new CoordinationFunctionDraft(name, roleTitle, partyId, email, phone)), this::read, "edit.saved");
    }

    public String partyName() {
        return current == null ? "" : page.getStructure().party(current.partyId())
                .map(p -> p.organisationName()).orElse("");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRoleTitle() { return roleTitle; }
    public void setRoleTitle(String roleTitle) { this.roleTitle = roleTitle; }
    public Long getPartyId() { return partyId; }
    public void setPartyId(Long partyId) { this.partyId = partyId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}

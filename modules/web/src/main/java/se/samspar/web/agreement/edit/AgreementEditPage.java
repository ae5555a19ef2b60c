package se.samspar.web.agreement.edit;

import se.samspar.agreement.api.AgreementQueries;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.StaleEdit;
import se.samspar.web.faces.RowParameters;

/**
 * Agreement editing for its coordinators (/agreement-edit?id=…), the page itself: which agreement (the id parameter),
 * whether this caller may edit it, and the agreement as every section shows it. Each section of the page has its own
 * view-scoped bean, which injects this one: {@link DetailsSection} (details and status), {@link PartiesSection},
 * {@link AreasSection} (priority areas and goals), {@link ActionPlanSection} (activities), {@link RenewalSection} and
 * {@link PublicationsSection} (what the public progress page shows).
 * Thin: every change goes to the module services, which check the caller's rights, the input and the version again; a
 * refused input is shown at its field, a stale edit reloads the newer data into the form (rule 10).
 */
@Named("agreementEdit")
@ViewScoped
public class AgreementEditPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries agreements;
    @Inject
    Language language;

    private String id;
    private Long agreementId;
    /* The agreement with its parties, areas and goals: reloaded after every change (and after the view is restored from elsewhere). */
    private transient AgreementStructure structure;

    /**
     * f:viewAction: a malformed or unknown id is a 404; a caller who is not one of the agreement's
     * coordinators gets a 403, decided by the service, whatever the page would have shown.
     */
    public void load() {
        agreementId = ViewParameters.id(id);
        if (agreementId == null) {
            ViewParameters.refuse(404);
            return;
        }
        if (refusedEditing(agreements, agreementId)) {
            return;
        }
        Optional<AgreementStructure> found = agreements.structure(agreementId);
        if (found.isEmpty()) {
            ViewParameters.refuse(404);
            return;
        }
        structure = found.get();
    }

    /**
     * Answers 403 (or 404 for an agreement that does not exist) unless the caller may edit the agreement, as its
     * editing page and the activity's form page do; true when it did.
     */
    static boolean refusedEditing(AgreementQueries agreements, long agreementId) {
        if (agreements.mayEdit(agreementId)) {
            return false;
        }
        boolean exists;
        try {
            exists = agreements.structure(agreementId).isPresent();
        } catch (AccessDenied e) {
            exists = true;
        }
        ViewParameters.refuse(exists ? 403 : 404);
        return true;
    }

    /** After a change (or a refusal as stale): the sections show the agreement as it is now. */
    void reload() {
        structure = null;
    }

    // ---- the agreement, as every section shows it

    public AgreementStructure getStructure() {
        if (structure == null && agreementId != null) {
            structure = agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
        }
        return structure;
    }

    public AgreementView getAgreement() {
        return getStructure().agreement();
    }

    public String organisationName(Long partyId) {
        return partyId == null ? "" : getStructure().party(partyId).map(PartyView::organisationName).orElse("");
    }

    public String areaLabel(long areaId) {
        return getStructure().area(areaId).map(a -> a.code()).orElse("");
    }

    public String areaName(Long areaId) {
        return areaId == null ? "" : getStructure().area(areaId).map(a -> a.name() + " (" + a.code() + ")").orElse("");
    }

    public String goalTitle(Long goalId) {
        return goalId == null ? "" : getStructure().goal(goalId).map(GoalView::title).orElse("");
    }

    /** Rule 11: a closed agreement is shown, never changed; the sections offer no changes. */
    public boolean isClosed() {
        return getAgreement().closed();
    }

    /** A row's remove button (with the row's id and version as f:params {@code <name>Id}, {@code <name>Version}). */
    interface Removal {
        void remove(long id, long expectedVersion);
    }

    /**
     * Removes what a row showed, by the id and version it was shown with, never by its place in the list; a refusal
     * (something still refers to it, or it changed since) is said at the list's form, and the list shows it as it is.
     */
    void remove(String name, String form, Removal removal, String doneKey) {
        Long rowId = RowParameters.number(name + "Id");
        Long version = RowParameters.number(name + "Version");
        if (rowId == null || version == null) {
            return; // not a request the page sends
        }
        try {
            removal.remove(rowId, version);
            info(form, doneKey);
        } catch (StaleEdit e) {
            stale(form);
        } catch (InvalidInput e) {
            refuse(e, form);
        }
        reload();
    }

    // ---- what the sections say, at their forms

    String text(String key) {
        return language.text(key);
    }

    String date(java.time.LocalDate date) {
        return se.samspar.web.faces.Figures.date(date, language.getLocale());
    }

    void info(String form, String key) {
        FormMessages.info(form, text(key));
    }

    void stale(String form) {
        FormMessages.stale(form, text("edit.stale"));
    }

    void refuse(InvalidInput e, String form) {
        FormMessages.refuse(e, form, language.getLocale());
    }

    // ---- properties

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getAgreementId() {
        return agreementId;
    }
}

package se.samspar.web.agreement.edit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityEditing;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementPeriod;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.StaleEdit;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;

/**
 * One activity's form on a page of its own: {@code /activity-edit?agreement=…} adds one ("Ny aktivitet" on the
 * agreement page and the activities table), {@code /activity-edit?id=…} changes one ("Ändra" on the activity page).
 * Only the agreement's coordinators reach it (403 otherwise, as agreement editing); the service checks again. A save
 * returns to the activity with the confirmation; a refusal stays here, said at the fields and in the summary on top.
 */
@Named("activityEdit")
@ViewScoped
public class ActivityEditPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "activity";

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    ActivityEditing editing;
    @Inject
    Language language;

    private String agreement;
    private String id;
    private Long agreementId;
    private ActivityForm form = new ActivityForm();
    private transient AgreementStructure structure;

    /** f:viewAction: malformed or unknown 404; not a coordinator of the agreement 403. */
    public void load() {
        Long activityId = ViewParameters.id(id);
        if (activityId != null) {
            Optional<ActivityView> found;
            try {
                found = activities.find(activityId);
            } catch (AccessDenied e) {
                ViewParameters.refuse(e);
                return;
            }
            if (found.isEmpty()) {
                ViewParameters.refuse(404);
                return;
            }
            agreementId = found.get().agreementId();
            form = ActivityForm.of(found.get());
        } else {
            agreementId = ViewParameters.id(agreement);
        }
        if (agreementId == null) {
            ViewParameters.refuse(404);
            return;
        }
        AgreementEditPage.refusedEditing(agreements, agreementId);
    }

    public AgreementStructure getStructure() {
        if (structure == null && agreementId != null) {
            structure = agreements.structure(agreementId).orElseThrow();
        }
        return structure;
    }

    public boolean isClosed() {
        return getStructure().agreement().closed();
    }

    /** Goals and sub-goals of the chosen area. */
    public List<GoalView> getGoals() {
        if (form.areaId == null) {
            return List.of();
        }
        return getStructure().area(form.areaId).map(PriorityAreaView::goals).orElse(List.of()).stream()
                .flatMap(g -> Stream.concat(Stream.of(g), g.subGoals().stream())).toList();
    }

    /** The area changed: a goal of another area no longer fits. */
    public void activityAreaChanged() {
        form.goalId = null;
    }

    /** Saves, and returns to the activity with the confirmation (and a date outside the period said there too). */
    public String save() {
        ActivityDraft draft = form.draft();
        long saved;
        try {
            if (form.activityId == null) {
                saved = editing.create(agreementId, draft);
            } else {
                editing.update(form.activityId, form.version, draft);
                saved = form.activityId;
            }
        } catch (StaleEdit e) {
            activities.find(form.activityId).ifPresent(a -> form = ActivityForm.of(a));
            FormMessages.stale(FORM, language.text("edit.stale"));
            return null;
        } catch (InvalidInput e) {
            FormMessages.refuse(e, FORM, language.getLocale());
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        String done = form.activityId == null ? "activityEdit.added" : "activityEdit.saved";
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(language.text(done), draft.reference()), null));
        AgreementPeriod period = AgreementPeriod.of(getStructure().agreement());
        if (!ActivityForm.outsidePeriod(draft, period).isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, MessageFormat.format(
                    language.text("activity.outsidePeriod"), date(period.from()), date(period.to())), null));
        }
        return "/activity?faces-redirect=true&id=" + saved;
    }

    private String date(java.time.LocalDate date) {
        return se.samspar.web.faces.Figures.date(date, language.getLocale());
    }

    public ActivityForm getForm() {
        return form;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

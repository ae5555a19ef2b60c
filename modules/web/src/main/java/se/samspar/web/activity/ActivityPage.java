package se.samspar.web.activity;

import se.samspar.web.faces.Language;
import se.samspar.web.faces.ViewParameters;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.SQLTransactionRollbackException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import se.samspar.actionplan.api.ActivityService;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusUpdateView;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.agreement.api.AgreementService;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.GoalView;
import se.samspar.agreement.api.PartyView;
import se.samspar.agreement.api.PriorityAreaView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.FieldProblem;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.NotFound;
import se.samspar.platform.api.StaleEdit;

/**
 * One activity: its details, its status history and the "report status" dialog. Thin: it asks
 * the action plan and agreement modules and shows their refusals at the dialog's fields.
 */
@Named
@ViewScoped
public class ActivityPage implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The dialog form; refusals that name no field of it are shown at the form as a whole. */
    static final String FORM = "reportForm";
    /** Where each field of a {@link StatusReport} is entered in the dialog. */
    private static final Map<String, String> FIELDS = Map.of(
            "status", FORM + ":status",
            "light", FORM + ":light",
            "progress", FORM + ":progress",
            "comment", FORM + ":comment",
            "hoursSpent", FORM + ":hoursSpent");

    @Inject
    transient CallerContext callers;
    @Inject
    ActivityService activities;
    @Inject
    AgreementService agreements;
    @Inject
    Language language;

    private String id;
    private long activityId;
    private boolean mayReport;

    // Read models: records, so not serializable; reloaded when missing.
    private transient ActivityView activity;
    private transient AgreementStructure structure;
    private transient List<StatusUpdateView> history;
    private transient ActivityView carriedOverFrom;

    // The dialog's form.
    private ActivityStatus status;
    private TrafficLight light;
    private Integer progress;
    private String comment;
    private BigDecimal hoursSpent;

    /** Called by f:viewAction; an unknown or malformed id is a 404, not an error. */
    public void load() {
        Long parsed = ViewParameters.id(id);
        ActivityView found;
        try {
            found = parsed == null ? null : activities.find(parsed).orElse(null);
        } catch (AccessDenied e) {
            ViewParameters.refuse(e);
            return;
        }
        if (found == null) {
            ViewParameters.refuse(404);
            return;
        }
        activityId = parsed;
        show(found);
        mayReport = activities.mayReport(activityId);
        resetForm();
    }

    private void refresh() {
        show(activities.find(activityId).orElseThrow(() -> new NotFound("Activity", activityId)));
    }

    private void show(ActivityView found) {
        activity = found;
        structure = agreements.structure(activity.agreementId())
                .orElseThrow(() -> new NotFound("Agreement", activity.agreementId()));
        history = activities.history(activityId);
        carriedOverFrom = activity.carriedOverFromId() == null ? null
                : activities.find(activity.carriedOverFromId()).orElse(null);
    }

    private void ensureLoaded() {
        if (activity == null) {
            refresh();
        }
    }

    /** The form starts from the activity's current state, with no comment and no hours. */
    private void resetForm() {
        ensureLoaded();
        status = activity.status();
        light = activity.light();
        progress = activity.progress();
        comment = null;
        hoursSpent = null;
    }

    /** Before the dialog opens: a fresh form. */
    public void openReport() {
        resetForm();
    }

    /**
     * Rule 3 as the reporter sees it: choosing Completed sets progress to 100. Only then is the
     * progress field redrawn, so what the reporter is typing there is never overwritten.
     */
    public void statusChanged() {
        if (status == ActivityStatus.COMPLETED) {
            progress = 100;
            UIInput field = input(FacesContext.getCurrentInstance(), "progress");
            if (field != null) {
                field.resetValue(); // a refusal shown there before no longer holds
            }
            PrimeFaces.current().ajax().update(FIELDS.get("progress"));
        }
    }

    /**
     * Sends the report. Refusals are shown at their fields and keep the dialog open (nothing was
     * written); on success the dialog closes and the page shows the new state and history.
     */
    public void report() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (progress == null) {
            refuse(faces, List.of(new FieldProblem("progress", "samspar.required")));
            return;
        }
        try {
            reportRetryingConcurrentOnes();
        } catch (InvalidInput refused) {
            refuse(faces, refused.problems());
            return;
        } catch (RuntimeException e) {
            if (!isCollision(e)) {
                throw e;
            }
            refresh();
            faces.addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_WARN, text(faces, "activityPage.report.stale"),
                    text(faces, "activityPage.report.stale")));
            faces.validationFailed();
            return;
        }
        refresh();
        resetForm();
        String saved = text(faces, "activityPage.report.saved");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, saved, saved));
        PrimeFaces.current().ajax().addCallbackParam("reported", true);
    }

    /**
     * A report appends to the history and depends on no version the reporter saw, so when another
     * report on the same activity committed in between (an optimistic-lock failure), or the database
     * gave up waiting for a lock, it is simply sent again, in a new transaction, after a short pause;
     * only after five such collisions in a row is the reporter told (and nothing was saved).
     */
    private void reportRetryingConcurrentOnes() {
        for (int attempt = 1; ; attempt++) {
            try {
                activities.report(activityId, new StatusReport(status, light, progress, comment, hoursSpent,
                        reporterName(), null));
                return;
            } catch (RuntimeException e) {
                if (attempt >= 5 || !isCollision(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(10L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextInt(20));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void refuse(FacesContext faces, List<FieldProblem> problems) {
        Locale locale = language.getLocale();
        for (FieldProblem problem : problems) {
            String message = problem.message(locale);
            String clientId = FIELDS.get(problem.field());
            if (clientId == null) {
                message = MessageFormat.format(text(faces, "activityPage.report.refused"), message);
                faces.addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
                continue;
            }
            UIInput field = input(faces, problem.field());
            if (field != null) {
                // Marked invalid (aria-invalid, focus) and showing what was typed, not the model's value.
                field.setSubmittedValue(faces.getExternalContext().getRequestParameterMap().get(clientId));
                field.setValid(false);
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        faces.validationFailed();
    }

    private static UIInput input(FacesContext faces, String field) {
        UIComponent component = faces.getViewRoot().findComponent(FIELDS.get(field));
        return component instanceof UIInput input ? input : null;
    }

    /**
     * A collision with concurrent reports: a stale edit, an optimistic-lock failure that surfaced at commit instead
     * of in the service, or the database rolling the transaction back over locks (SQL state class 40: a lock wait
     * timeout or a deadlock). Each leaves nothing written, so the report can be sent again.
     */
    private static boolean isCollision(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StaleEdit || t.getClass().getName().endsWith("OptimisticLockException")
                    || t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    /** The signed-in user's name; the service records the caller as reporter whatever is sent. */
    String reporterName() {
        return callers.current().displayName();
    }

    private static String text(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    // View state for the page.

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ActivityView getActivity() {
        ensureLoaded();
        return activity;
    }

    public List<StatusUpdateView> getHistory() {
        ensureLoaded();
        return history;
    }

    public boolean isMayReport() {
        return mayReport;
    }

    public ActivityView getCarriedOverFrom() {
        ensureLoaded();
        return carriedOverFrom;
    }

    public String getAgreementTitle() {
        ensureLoaded();
        return structure.agreement().title();
    }

    public PriorityAreaView getArea() {
        ensureLoaded();
        return structure.area(activity.areaId()).orElse(null);
    }

    public GoalView getGoal() {
        ensureLoaded();
        return activity.goalId() == null ? null : structure.goal(activity.goalId()).orElse(null);
    }

    /** The overall goal a sub-goal belongs to; null for an overall goal or none. */
    public GoalView getParentGoal() {
        GoalView goal = getGoal();
        return goal == null || goal.parentId() == null ? null : structure.goal(goal.parentId()).orElse(null);
    }

    public String getLeadPartyName() {
        ensureLoaded();
        return partyName(activity.leadPartyId());
    }

    public String getParticipantNames() {
        ensureLoaded();
        return activity.participatingPartyIds().stream().map(this::partyName).sorted()
                .collect(Collectors.joining(", "));
    }

    private String partyName(long partyId) {
        return structure.party(partyId).map(PartyView::organisationName).orElse("");
    }

    /** Who reported, with the organisation they reported for when the name does not already say it. */
    public String reporter(StatusUpdateView update) {
        ensureLoaded();
        PartyView party = update.reporterOrganisationId() == null ? null
                : structure.partyOf(update.reporterOrganisationId()).orElse(null);
        if (party == null || mentions(update.reportedBy(), party.organisationName())
                || mentions(update.reportedBy(), party.organisationShortName())) {
            return update.reportedBy();
        }
        return update.reportedBy() + ", " + party.organisationName();
    }

    private static boolean mentions(String text, String name) {
        return name != null && !name.isBlank() && text.contains(name);
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    public TrafficLight[] getLights() {
        return TrafficLight.values();
    }

    // The dialog's form.

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public TrafficLight getLight() {
        return light;
    }

    public void setLight(TrafficLight light) {
        this.light = light;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public BigDecimal getHoursSpent() {
        return hoursSpent;
    }

    public void setHoursSpent(BigDecimal hoursSpent) {
        this.hoursSpent = hoursSpent;
    }
}

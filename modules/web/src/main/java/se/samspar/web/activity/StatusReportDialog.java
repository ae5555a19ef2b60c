package se.samspar.web.activity;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.primefaces.PrimeFaces;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusReporting;
import se.samspar.actionplan.api.TrafficLight;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.StaleEdit;
import se.samspar.web.faces.form.FormMessages;
import se.samspar.web.faces.Language;

/**
 * The "report status" dialog of an {@link ActivityPage}: its form, and sending it. Thin: the action plan's
 * {@link StatusReporting} sends the report (and sends it again when it collides with others); refusals are
 * shown at the dialog's fields by {@link FormMessages}.
 */
@Named
@ViewScoped
public class StatusReportDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The dialog's form, whose field ids are the fields of a {@link StatusReport}. */
    static final String FORM = "reportForm";

    @Inject
    CallerContext callers;
    @Inject
    StatusReporting reporting;
    @Inject
    ActivityPage page;
    @Inject
    Language language;

    private ActivityStatus status;
    private TrafficLight light;
    private Integer progress;
    private String comment;
    private BigDecimal hoursSpent;

    /** Called by f:viewAction after the page's load: the form of an activity the user may report on. */
    public void prepare() {
        if (page.isMayReport()) {
            resetForm();
        }
    }

    /** Before the dialog opens: a fresh form. */
    public void openReport() {
        resetForm();
    }

    /** The form starts from the activity's current state, with no comment and no hours. */
    private void resetForm() {
        ActivityView activity = page.getActivity();
        status = activity.status();
        light = activity.light();
        progress = activity.progress();
        comment = null;
        hoursSpent = null;
    }

    /**
     * Rule 3 as the reporter sees it: choosing Completed sets progress to 100. Only then is the
     * progress field redrawn, so what the reporter is typing there is never overwritten.
     */
    public void statusChanged() {
        if (status == ActivityStatus.COMPLETED) {
            progress = 100;
            String progressField = FORM + ":progress";
            UIComponent field = FacesContext.getCurrentInstance().getViewRoot().findComponent(progressField);
            if (field instanceof UIInput input) {
                input.resetValue(); // a refusal shown there before no longer holds
            }
            PrimeFaces.current().ajax().update(progressField);
        }
    }

    /**
     * Sends the report. Refusals are shown at their fields and keep the dialog open (nothing was
     * written); on success the dialog closes and the page shows the new state and history.
     */
    public void report() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (progress == null) {
                throw InvalidInput.of("progress", "samspar.required");
            }
            reporting.report(page.activityId(), new StatusReport(status, light, progress, comment, hoursSpent,
                    reporterName(), null));
        } catch (InvalidInput refused) {
            FormMessages.refuseInDialog(refused, FORM, language.getLocale(), text(faces, "activityPage.report.refused"));
            return;
        } catch (StaleEdit collided) {
            // Other reports on the activity kept committing first: nothing was saved (rule 10).
            page.refresh();
            FormMessages.stale(FORM, text(faces, "activityPage.report.stale"));
            return;
        }
        page.refresh();
        resetForm();
        String saved = text(faces, "activityPage.report.saved");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, saved, saved));
        PrimeFaces.current().ajax().addCallbackParam("reported", true);
    }

    /** The signed-in user's name; the service records the caller as reporter whatever is sent. */
    String reporterName() {
        return callers.current().displayName();
    }

    private static String text(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    public TrafficLight[] getLights() {
        return TrafficLight.values();
    }

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

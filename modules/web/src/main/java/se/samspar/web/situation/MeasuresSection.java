package se.samspar.web.situation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.NotFound;
import se.samspar.situation.api.ProblemMeasures;
import se.samspar.situation.api.ProblemView;
import se.samspar.web.faces.Language;
import se.samspar.web.faces.form.ActivityChoices;
import se.samspar.web.faces.form.FormMessages;

/**
 * Linking activities to the problems of the newest version (Brå: problem → measure): a coordinator adds an activity
 * of an agreement it coordinates to a problem, or takes one away.
 */
@Named
@ViewScoped
public class MeasuresSection implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "measures";

    @Inject
    ProblemMeasures measures;
    @Inject
    SituationPage page;
    @Inject
    Language language;
    @Inject
    ActivityTable activityTable;
    @Inject
    ActivityQueries activityQueries;

    private Long problemId;
    private Long activityId;
    private transient List<Long> linkable;
    private final ActivityChoices activityChoices = new ActivityChoices(FORM);

    public void link() {
        ProblemView problem = problem(problemId);
        if (problem == null) {
            FormMessages.refuse(InvalidInput.of("problemId", "samspar.required"), FORM, language.getLocale());
            return;
        }
        if (activityId == null) {
            FormMessages.refuse(InvalidInput.of("activityId", "samspar.required"), FORM, language.getLocale());
            return;
        }
        List<Long> ids = new ArrayList<>(problem.activityIds());
        ids.add(activityId);
        if (set(problem, ids, "situation.linked")) {
            activityId = null;
        }
    }

    public void unlink(ProblemView problem, long activity) {
        List<Long> ids = new ArrayList<>(problem.activityIds());
        ids.remove(activity);
        set(problem, ids, "situation.unlinked");
    }

    private boolean set(ProblemView problem, List<Long> ids, String done) {
        try {
            measures.setMeasures(problem.id(), ids);
            FormMessages.info(FORM, language.text(done));
            page.refresh();
            return true;
        } catch (NotFound e) {
            FormMessages.stale(FORM, language.text("edit.stale"));
        } catch (InvalidInput e) {
            // The service names the field activityIds; the form's field is activityId.
            FormMessages.refuse(e.withFields(f -> "activityIds".equals(f) ? "activityId" : f), FORM,
                    language.getLocale());
        }
        page.refresh();
        return false;
    }

    private ProblemView problem(Long id) {
        if (id == null || page.getShown() == null) {
            return null;
        }
        return page.getShown().problems().stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    /** May the user link activities here: it coordinates one of the municipality's agreements. */
    public boolean isMayLink() {
        return page.getMunicipalityId() != null && page.isShowingCurrent() && !getLinkable().isEmpty();
    }

    /** The activities (not cancelled) of the agreements the user coordinates that the search finds, by reference. */
    public ActivityChoices.Offer getOffer() {
        return activityChoices.offerAcross(activityTable, activityQueries, getLinkable(), activityId);
    }

    public ActivityChoices getActivityChoices() {
        return activityChoices;
    }

    private List<Long> getLinkable() {
        if (linkable == null) {
            linkable = page.getMunicipalityId() == null ? List.of() : measures.linkableAgreements(page.getMunicipalityId());
        }
        return linkable;
    }

    public Long getProblemId() { return problemId; }
    public void setProblemId(Long problemId) { this.problemId = problemId; }
    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
}

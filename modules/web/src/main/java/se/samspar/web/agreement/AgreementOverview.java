package se.samspar.web.agreement;

import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.web.faces.ViewParameters;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.AgreementProgress;
import se.samspar.actionplan.api.AreaActivities;
import se.samspar.agreement.api.AgreementStructure;

/**
 * The read-only overview of one agreement: parties, decision, areas, goals, progress, and the first
 * {@value #SHOWN_PER_AREA} activities of each area, with a link to all of them in the activity table when there are
 * more (an agreement of a large city has a thousand activities: not one page of HTML).
 */
@Named
@RequestScoped
public class AgreementOverview {
    /** How many activities of each area the overview shows. */
    static final int SHOWN_PER_AREA = 25;

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    @Inject
    AreaActivities areaActivities;

    private String id;
    private AgreementStructure structure;
    private AreaActivities.Excerpt activitiesByArea;
    private AgreementProgress progress;

    /** Called by f:viewAction; an unknown or malformed id is a 404, someone else's agreement a 403. */
    public void load() {
        structure = ViewParameters.agreement(agreements, id);
        if (structure == null) {
            return;
        }
        long agreementId = structure.agreement().id();
        activitiesByArea = areaActivities.firstOf(agreementId, SHOWN_PER_AREA);
        progress = activities.progress(agreementId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AgreementStructure getStructure() {
        return structure;
    }

    public AgreementProgress getProgress() {
        return progress;
    }

    public List<ActivityView> activitiesOf(long areaId) {
        return activitiesByArea.shownOf(areaId);
    }

    /** How many activities the area has, shown or not. */
    public long countOf(long areaId) {
        return activitiesByArea.countOf(areaId);
    }

    public boolean hasMore(long areaId) {
        return activitiesByArea.hasMore(areaId);
    }
}

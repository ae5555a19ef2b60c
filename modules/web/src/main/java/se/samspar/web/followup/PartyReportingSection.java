package se.samspar.web.followup;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.samspar.followup.api.FollowUpReportingState;
import se.samspar.followup.api.PartiesReporting;

/**
 * The follow-up page's "2 av 6 parter har rapporterat" and its list of parties with their state, read once per
 * request cycle that changes something (the page calls {@link #forget()}), counted by the follow-up module.
 */
@Named
@ViewScoped
public class PartyReportingSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpReportingState reportingState;

    private transient PartiesReporting reporting;
    private long followUpId;

    public PartiesReporting of(long followUpId) {
        if (reporting == null || this.followUpId != followUpId) {
            reporting = reportingState.of(followUpId);
            this.followUpId = followUpId;
        }
        return reporting;
    }

    /** After a change (a report, an adoption) the counts are read again. */
    public void forget() {
        reporting = null;
    }
}

package se.samspar.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samspar.followup.api.FollowUpReportingState;
import se.samspar.followup.api.OpenReporting;

/**
 * The start page's banner: the follow-ups open for reporting in which the user's organisation still has
 * activities to report. One read for all of the user's agreements, so the page's statement count stays fixed.
 */
@Named
@RequestScoped
public class OpenFollowUpsBanner {
    @Inject
    FollowUpReportingState reportingState;
    private List<OpenReporting> open;

    public List<OpenReporting> getOpen() {
        if (open == null) {
            open = reportingState.openForMyOrganisation();
        }
        return open;
    }
}

package se.samspar.web.followup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samspar.actionplan.api.ActivityFilter;
import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityTable;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.PartyView;
import se.samspar.followup.api.FollowUpStatus;
import se.samspar.followup.api.FollowUpView;
import se.samspar.platform.api.CallerContext;
import se.samspar.web.table.PerRequest;

/**
 * While a follow-up's reporting is open: the activities the user's organisation leads in its agreement that run in its
 * period — the first {@value #SHOWN} by due date, and how many there are; all of them are one link away, in the
 * activity table filtered the same way. The police lead hundreds in a large city's agreement: reading every activity
 * of the organisation (30,000 for the police) made the page take 70 s. One count and one page of the activity table.
 */
@Named
@RequestScoped
public class ToReportSection {
    /** How many are listed. */
    static final int SHOWN = 50;

    @Inject
    FollowUpPage page;
    @Inject
    ActivityTable table;
    @Inject
    CallerContext callers;

    /** The user's party in the agreement, the first activities it leads in the period, and their number. */
    public record ToReport(PartyView party, List<ActivityView> shown, long count) {
        public boolean isMore() {
            return count > shown.size();
        }
    }

    /** Null when reporting is not open or the user's organisation is no party to the agreement. */
    public ToReport getToReport() {
        FollowUpView followUp = page.getFollowUp();
        return PerRequest.get("followUp.toReport:" + followUp.id(), () -> read(followUp));
    }

    private ToReport read(FollowUpView followUp) {
        Long organisation = callers.current().organisationId();
        if (followUp.status() != FollowUpStatus.REPORTING || organisation == null) {
            return null;
        }
        PartyView mine = page.structure().partyOf(organisation).orElse(null);
        if (mine == null) {
            return null;
        }
        ActivityFilter led = new ActivityFilter(followUp.agreementId(), null, null, mine.id(), null, null, null, false,
                false, null, false, null, null, followUp.periodFrom(), followUp.periodTo());
        return new ToReport(mine, table.page(led, 0, SHOWN, ActivitySort.DUE_DATE, true), table.count(led));
    }
}

package se.samspar.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.actionplan.api.RecentUpdate;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;

/** The start page: my agreements, what needs my update, the latest updates in my agreements. */
@Named
@RequestScoped
public class StartPage {
    static final int LIST_SIZE = 10;

    @Inject
    AgreementQueries agreements;
    @Inject
    ActivityQueries activities;
    private List<AgreementView> list;
    private List<ActivityView> needingUpdate;
    private List<RecentUpdate> latest;
    private Long needingUpdateCount;

    public List<AgreementView> getAgreements() {
        if (list == null) {
            list = agreements.agreements();
        }
        return list;
    }

    public List<ActivityView> getNeedingUpdate() {
        if (needingUpdate == null) {
            needingUpdate = activities.needingMyUpdate(LIST_SIZE);
        }
        return needingUpdate;
    }

    /** All that need my update, counted by the database: the list shows the first {@value #LIST_SIZE}. */
    public long getNeedingUpdateCount() {
        if (needingUpdateCount == null) {
            needingUpdateCount = getNeedingUpdate().size() < LIST_SIZE ? getNeedingUpdate().size()
                    : activities.countNeedingMyUpdate();
        }
        return needingUpdateCount;
    }

    public List<RecentUpdate> getLatestUpdates() {
        if (latest == null) {
            latest = activities.latestUpdates(LIST_SIZE);
        }
        return latest;
    }

    public String agreementTitle(long agreementId) {
        return getAgreements().stream().filter(a -> a.id() == agreementId).map(AgreementView::title).findFirst()
                .orElse("");
    }
}

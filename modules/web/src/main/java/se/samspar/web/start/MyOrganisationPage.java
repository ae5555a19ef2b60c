package se.samspar.web.start;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.api.MyOrganisationActivities;
import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.CallerContext;
import se.samspar.web.table.ActivityRows;
import se.samspar.web.table.PerRequest;
import se.samspar.web.table.RowsById;

/**
 * My organisation: every activity it leads or takes part in, across its agreements — a summary per agreement (lights,
 * needing a status report) and the activities filtered by agreement, status and need of a report, a page at a time;
 * all of it counted, filtered and paged by the database.
 */
@Named
@ViewScoped
public class MyOrganisationPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TITLES = MyOrganisationPage.class.getName() + ".titles";
    private static final String PARTIES = MyOrganisationPage.class.getName() + ".parties";
    private static final String AGREEMENTS = MyOrganisationPage.class.getName() + ".agreements";
    @Inject
    AgreementQueries agreements;
    @Inject
    OrganisationService organisations;
    @Inject
    CallerContext callers;
    @Inject
    MyOrganisationActivities mine;

    private ActivityRows rows;
    private Long agreementId;
    private ActivityStatus status;
    private boolean needsUpdate;
    private MyOrganisationActivities.Filter applied = MyOrganisationActivities.Filter.ALL;
    private static final String SUMMARY = MyOrganisationPage.class.getName() + ".summary";

    public void apply() {
        applied = new MyOrganisationActivities.Filter(agreementId, status, needsUpdate);
        RowsById.showFirstPage("activities");
    }

    public void reset() {
        agreementId = null;
        status = null;
        needsUpdate = false;
        applied = MyOrganisationActivities.Filter.ALL;
        RowsById.showFirstPage("activities");
    }

    /** Per agreement: its activities, on track, at risk, off track, needing a report; one query per request. */
    public List<MyOrganisationActivities.AgreementSummary> getSummary() {
        return PerRequest.get(SUMMARY, () -> mine.summary());
    }

    /**
     * The table's count where the summary already holds it (no filter, or one agreement alone): for the police that
     * saves a pass over some 12,000 activities per request.
     */
    private java.util.Optional<Long> countFromSummary() {
        if (applied.status() != null || applied.needsUpdateOnly()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(getSummary().stream()
                .filter(l -> applied.agreementId() == null || l.agreementId() == applied.agreementId())
                .mapToLong(MyOrganisationActivities.AgreementSummary::activities).sum());
    }

    /** The agreements the caller sees, for the filter. */
    public List<AgreementView> getAgreements() {
        return PerRequest.get(AGREEMENTS, () -> agreements.agreements());
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    public Long getAgreementId() { return agreementId; }
    public void setAgreementId(Long agreementId) { this.agreementId = agreementId; }
    public ActivityStatus getStatus() { return status; }
    public void setStatus(ActivityStatus status) { this.status = status; }
    public boolean isNeedsUpdate() { return needsUpdate; }
    public void setNeedsUpdate(boolean needsUpdate) { this.needsUpdate = needsUpdate; }

    /** The agreements' titles, read once per request for the names in the rows. */
    private Map<Long, String> agreementTitles() {
        return PerRequest.get(TITLES, () -> getAgreements().stream()
                .collect(Collectors.toMap(AgreementView::id, AgreementView::title)));
    }

    /** The parties of the agreements, read once per request. */
    private Map<Long, PartyView> parties() {
        return PerRequest.get(PARTIES, () -> agreements.partiesOf(agreementTitles().keySet()).stream()
                .collect(Collectors.toMap(PartyView::id, p -> p)));
    }

    public String getOrganisationName() {
        Long id = callers.current().organisationId();
        return id == null ? "" : organisations.find(id).map(o -> o.name()).orElse("");
    }

    /** The activities, a page at a time, sorted by the database (soonest due first until a column is chosen). */
    public ActivityRows getActivities() {
        if (rows == null) {
            MyOrganisationPage page = this;
            rows = new ActivityRows(new ActivityRows.Source() {
                private static final long serialVersionUID = 1L;

                @Override
                public long count() {
                    return page.countFromSummary().orElseGet(() -> page.mine.count(page.applied));
                }

                @Override
                public List<ActivityView> page(int first, int pageSize, ActivitySort sort, boolean ascending) {
                    return page.mine.page(page.applied, first, pageSize, sort, ascending);
                }
            }, ActivitySort.DUE_DATE);
        }
        return rows;
    }

    public String agreementTitle(long agreementId) {
        return agreementTitles().getOrDefault(agreementId, "");
    }

    public String partyName(long partyId) {
        PartyView p = parties().get(partyId);
        return p == null ? "" : p.displayName();
    }

    /** Whether my organisation leads the activity (else it takes part). */
    public boolean leads(ActivityView activity) {
        PartyView lead = parties().get(activity.leadPartyId());
        return lead != null && Long.valueOf(lead.organisationId()).equals(callers.current().organisationId());
    }
}

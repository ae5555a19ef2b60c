package se.samspar.web.start;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivitySort;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.CallerContext;
import se.samspar.web.table.PerRequest;
import se.samspar.web.table.ActivityRows;

/** My organisation: every activity it leads or takes part in, across its agreements. */
@Named
@ViewScoped
public class MyOrganisationPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TITLES = MyOrganisationPage.class.getName() + ".titles";
    private static final String PARTIES = MyOrganisationPage.class.getName() + ".parties";
    @Inject
    ActivityQueries activities;
    @Inject
    AgreementQueries agreements;
    @Inject
    OrganisationService organisations;
    @Inject
    CallerContext callers;

    private ActivityRows rows;

    /** The agreements' titles, read once per request for the names in the rows. */
    private Map<Long, String> agreementTitles() {
        return PerRequest.get(TITLES, () -> agreements.agreements().stream()
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
            ActivityQueries queries = activities;
            rows = new ActivityRows(new ActivityRows.Source() {
                private static final long serialVersionUID = 1L;

                @Override
                public long count() {
                    return queries.countOfMyOrganisation();
                }

                @Override
                public List<ActivityView> page(int first, int pageSize, ActivitySort sort, boolean ascending) {
                    return queries.ofMyOrganisation(first, pageSize, sort, ascending);
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

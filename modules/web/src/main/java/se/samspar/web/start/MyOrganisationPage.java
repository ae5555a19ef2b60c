package se.samspar.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.OrganisationService;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.CallerContext;

/** My organisation: every activity it leads or takes part in, across its agreements. */
@Named
@RequestScoped
public class MyOrganisationPage {
    @Inject
    ActivityQueries activities;
    @Inject
    AgreementQueries agreements;
    @Inject
    OrganisationService organisations;
    @Inject
    CallerContext callers;

    private List<ActivityView> list;
    private Map<Long, String> agreementTitles;
    private Map<Long, PartyView> parties;

    private void load() {
        if (list != null) {
            return;
        }
        list = activities.ofMyOrganisation();
        List<AgreementView> mine = agreements.agreements();
        agreementTitles = mine.stream().collect(Collectors.toMap(AgreementView::id, AgreementView::title));
        parties = agreements.partiesOf(mine.stream().map(AgreementView::id).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(PartyView::id, p -> p));
    }

    public String getOrganisationName() {
        Long id = callers.current().organisationId();
        return id == null ? "" : organisations.find(id).map(o -> o.name()).orElse("");
    }

    public List<ActivityView> getActivities() {
        load();
        return list;
    }

    public String agreementTitle(long agreementId) {
        load();
        return agreementTitles.getOrDefault(agreementId, "");
    }

    public String partyName(long partyId) {
        load();
        PartyView p = parties.get(partyId);
        return p == null ? "" : p.displayName();
    }

    /** Whether my organisation leads the activity (else it takes part). */
    public boolean leads(ActivityView activity) {
        load();
        PartyView lead = parties.get(activity.leadPartyId());
        return lead != null && Long.valueOf(lead.organisationId()).equals(callers.current().organisationId());
    }
}

package se.samspar.situation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.OrganisationType;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

/**
 * Who may read and who may edit a municipality's situation picture, from the agreements the municipality is party
 * to: those the caller sees (its organisation is a party, it coordinates, or it administers) give reading; those it
 * coordinates give editing. Not guarded itself: a refusal is recorded by the guarded service that asked.
 */
@ApplicationScoped
public class MunicipalityRights {
    @Inject
    AgreementQueries agreements;
    @Inject
    CallerContext callers;

    /** The agreements the caller sees that the municipality (as a municipality) is party to. */
    public List<Long> agreementsOf(long municipalityId) {
        List<Long> visible = agreements.agreements().stream().map(AgreementView::id).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        return agreements.partiesOf(visible).stream()
                .filter(p -> p.organisationId() == municipalityId && p.organisationType() == OrganisationType.MUNICIPALITY)
                .map(PartyView::agreementId).distinct().sorted().toList();
    }

    /** Those of {@link #agreementsOf} the caller coordinates: the ones whose activities it may link. */
    public List<Long> coordinatedOf(long municipalityId) {
        Caller c = callers.current();
        return agreementsOf(municipalityId).stream().filter(c::coordinates).toList();
    }

    /** The municipality party to an agreement (the first by party order), if any; the agreement must be visible. */
    public java.util.Optional<PartyView> municipalityOf(long agreementId) {
        return agreements.structure(agreementId)
                .orElseThrow(() -> new se.samspar.platform.api.NotFound("Agreement", agreementId))
                .parties().stream().filter(p -> p.organisationType() == OrganisationType.MUNICIPALITY)
                .min(java.util.Comparator.comparingInt(PartyView::order));
    }

    public boolean mayRead(long municipalityId) {
        return !agreementsOf(municipalityId).isEmpty();
    }

    /** Coordinators of one of the municipality's agreements; administrators see (and so coordinate) them all. */
    public boolean mayEdit(long municipalityId) {
        Caller c = callers.current();
        List<Long> own = agreementsOf(municipalityId);
        return c.system() || (c.isAdministrator() && !own.isEmpty()) || own.stream().anyMatch(c::coordinates);
    }

    public void requireRead(long municipalityId) {
        AccessDenied.unless(mayRead(municipalityId), "see the situation picture of organisation " + municipalityId);
    }

    public void requireEdit(long municipalityId) {
        AccessDenied.unless(mayEdit(municipalityId), "edit the situation picture of organisation " + municipalityId);
    }
}

package se.samspar.agreement.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.AgreementCreation;
import se.samspar.agreement.api.AgreementEditing;
import se.samspar.agreement.api.NewAgreement;
import se.samspar.agreement.api.NewAgreement.NewParty;
import se.samspar.agreement.api.OrganisationChanged;
import se.samspar.agreement.domain.Organisation;
import se.samspar.agreement.domain.Party;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.Roles;
import se.samspar.platform.api.UniqueKeys;

/**
 * {@link AgreementCreation}: the agreement is created through {@link AgreementEditing} (so the creator comes to
 * coordinate it), then its parties are written here, in the same transaction: the creator's coordinator
 * rights of the new agreement only take effect with the next request.
 */
@ModuleService
public class AgreementCreationBean implements AgreementCreation {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    CallerContext callers;
    @Inject
    AgreementEditing editing;
    @Inject
    Event<AgreementChanged> changed;
    @Inject
    Event<OrganisationChanged> organisationChanged;

    @Override
    public boolean mayCreate() {
        Caller c = callers.current();
        return c.isAdministrator() || c.hasRole(Roles.COORDINATOR);
    }

    @Override
    public long create(NewAgreement input) {
        AccessDenied.unless(mayCreate(), "create agreements");
        validator.check(input);
        if (input.agreement().renewsAgreementId() != null) {
            throw InvalidInput.of("agreement.renewsAgreementId", "samspar.unknown");
        }
        long agreementId = editing.create(input.agreement());
        Set<Long> organisations = new HashSet<>();
        int order = 1;
        for (NewParty p : input.parties()) {
            String field = "parties[" + (order - 1) + "]";
            Organisation o = organisation(p, field);
            if (!organisations.add(o.id())) {
                throw InvalidInput.of(field + ".organisationId", "samspar.unique");
            }
            Party party = new Party(agreementId, o.id(), order++);
            em.persist(party);
            em.flush();
            changed.fire(new AgreementChanged(agreementId, AgreementChanged.Subject.PARTY, party.id(), Change.CREATED,
                    o.name()));
        }
        return agreementId;
    }

    /** The party's organisation: a known one, or a new one created now (its name unique, case-insensitively). */
    private Organisation organisation(NewParty p, String field) {
        if ((p.organisationId() == null) == (p.newOrganisation() == null)) {
            throw InvalidInput.of(field + ".organisationId", "samspar.required");
        }
        if (p.organisationId() != null) {
            return Stored.load(em, Organisation.class, p.organisationId(), field + ".organisationId");
        }
        var draft = p.newOrganisation();
        long clash = em.createQuery("select count(o) from Organisation o where lower(o.name) = :name", Long.class)
                .setParameter("name", draft.name().strip().toLowerCase()).getSingleResult();
        if (clash > 0) {
            throw InvalidInput.of(field + ".newOrganisation.name", "samspar.unique");
        }
        Organisation o = new Organisation(draft.name(), draft.shortName(), draft.type(), draft.organisationNumber());
        em.persist(o);
        UniqueKeys.flush(em, field + ".newOrganisation.name");
        organisationChanged.fire(new OrganisationChanged(o.id(), Change.CREATED, o.name()));
        return o;
    }
}

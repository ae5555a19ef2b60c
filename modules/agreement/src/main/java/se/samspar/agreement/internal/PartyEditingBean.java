package se.samspar.agreement.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.AgreementChanged.Subject;
import se.samspar.agreement.api.PartyDraft;
import se.samspar.agreement.api.PartyEditing;
import se.samspar.agreement.api.RemovalAttempted;
import se.samspar.agreement.domain.Agreement;
import se.samspar.agreement.domain.Organisation;
import se.samspar.agreement.domain.Party;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.StaleEdit;
import se.samspar.platform.api.UniqueKeys;

/** {@link PartyEditing}: the coordinator's changes to an agreement's parties. */
@ModuleService
public class PartyEditingBean implements PartyEditing {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    Event<AgreementChanged> changed;
    @Inject
    AgreementRights rights;
    @Inject
    Event<RemovalAttempted> removal;

    @Override
    public long addParty(long agreementId, PartyDraft draft) {
        rights.requireEditable(agreementId);
        validator.check(draft);
        Stored.load(em, Agreement.class, agreementId, "agreementId");
        Organisation o = Stored.load(em, Organisation.class, draft.organisationId(), "organisationId");
        long existing = em.createQuery("select count(p) from Party p where p.agreementId = :a and p.organisationId = :o",
                        Long.class).setParameter("a", agreementId).setParameter("o", o.id()).getSingleResult();
        if (existing > 0) {
            throw InvalidInput.of("organisationId", "samspar.unique");
        }
        Party p = new Party(agreementId, o.id(), Stored.nextOrder(em, "Party", "p.agreementId", agreementId));
        p.sign(draft.signatoryName(), draft.signatoryTitle(), draft.signedOn(), draft.contactPerson());
        em.persist(p);
        UniqueKeys.flush(em, "organisationId");
        changed.fire(new AgreementChanged(agreementId, Subject.PARTY, p.id(), Change.CREATED, o.name()));
        return p.id();
    }

    @Override
    public void updateParty(long partyId, long expectedVersion, PartyDraft draft) {
        validator.check(draft);
        Party p = Stored.load(em, Party.class, partyId, "id");
        rights.requireEditable(p.agreementId());
        StaleEdit.check("Party", partyId, p.version(), expectedVersion);
        if (draft.organisationId() != p.organisationId()) {
            throw InvalidInput.of("organisationId", "samspar.unknown");
        }
        p.sign(draft.signatoryName(), draft.signatoryTitle(), draft.signedOn(), draft.contactPerson());
        StaleEdit.flush(em, "Party", partyId);
        changed.fire(new AgreementChanged(p.agreementId(), Subject.PARTY, partyId, Change.UPDATED, null));
    }

    @Override
    public void removeParty(long partyId, long expectedVersion) {
        Party p = Stored.load(em, Party.class, partyId, "id");
        rights.requireEditable(p.agreementId());
        StaleEdit.check("Party", partyId, p.version(), expectedVersion);
        removal.fire(new RemovalAttempted(p.agreementId(), Subject.PARTY, partyId));
        String name = em.find(Organisation.class, p.organisationId()).name();
        em.remove(p);
        StaleEdit.flush(em, "Party", partyId);
        changed.fire(new AgreementChanged(p.agreementId(), Subject.PARTY, partyId, Change.DELETED, name));
    }
}

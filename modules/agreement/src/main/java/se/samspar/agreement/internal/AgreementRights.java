package se.samspar.agreement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.samspar.agreement.domain.Agreement;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

/**
 * Who may see an agreement and who may change it, decided from the caller for every use case of the module.
 * Not guarded itself: a refusal is recorded by the guarded service that asked, with that service's method.
 */
@ApplicationScoped
public class AgreementRights {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CallerContext callers;

    /**
     * Who may see an agreement: administrators, its coordinators, and users of an organisation
     * that is party to it.
     */
    public void requireVisible(long agreementId) {
        Caller c = callers.current();
        if (c.system() || c.isAdministrator() || c.coordinates(agreementId)) {
            return;
        }
        AccessDenied.unless(c.organisationId() != null && em.createQuery(
                        "select count(p) from Party p where p.agreementId = :a and p.organisationId = :o", Long.class)
                .setParameter("a", agreementId).setParameter("o", c.organisationId()).getSingleResult() > 0,
                "see agreement " + agreementId);
    }

    /** Who may change an agreement's structure: its coordinators. */
    public boolean mayEdit(long agreementId) {
        return callers.current().coordinates(agreementId);
    }

    public void requireCoordinator(long agreementId) {
        AccessDenied.unless(mayEdit(agreementId), "edit agreement " + agreementId);
    }

    /** A coordinator's change to an agreement that is not closed (rule 11). */
    public void requireEditable(long agreementId) {
        requireCoordinator(agreementId);
        Agreement a = em.find(Agreement.class, agreementId);
        if (a != null) {
            a.requireOpen();
        }
    }
}

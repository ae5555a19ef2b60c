package se.samspar.coordination.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.coordination.api.CoordinationChanged;
import se.samspar.coordination.api.CoordinationFunctionDraft;
import se.samspar.coordination.api.CoordinationFunctions;
import se.samspar.coordination.domain.CoordinationFunction;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.StaleEdit;

@ModuleService
public class CoordinationFunctionsBean implements CoordinationFunctions {
    private static final String ENTITY = "CoordinationFunction";

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    CoordinationRights rights;
    @Inject
    Event<CoordinationChanged> changed;

    @Override
    public long name(long agreementId, Long expectedVersion, CoordinationFunctionDraft draft) {
        AgreementStructure s = rights.editable(agreementId);
        validator.check(draft);
        List<CoordinationFunction> named = em.createQuery("select f from CoordinationFunction f"
                + " where f.agreementId = :a", CoordinationFunction.class).setParameter("a", agreementId).getResultList();
        CoordinationFunction f = named.isEmpty() ? new CoordinationFunction(agreementId) : named.get(0);
        if (!named.isEmpty()) {
            // Naming it anew over one someone else named meanwhile is a stale edit too.
            StaleEdit.check(ENTITY, f.id(), f.version(), expectedVersion == null ? -1 : expectedVersion);
        }
        f.define(draft, CoordinationRights.parties(s));
        if (named.isEmpty()) {
            em.persist(f);
        }
        StaleEdit.flush(em, ENTITY, f.id() == null ? 0 : f.id());
        changed.fire(new CoordinationChanged(agreementId, CoordinationChanged.Subject.COORDINATION_FUNCTION, f.id(),
                named.isEmpty() ? Change.CREATED : Change.UPDATED, f.name()));
        return f.id();
    }
}

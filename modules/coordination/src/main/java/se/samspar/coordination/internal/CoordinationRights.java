package se.samspar.coordination.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.PartyView;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.NotFound;

/**
 * Who may read and who may change an agreement's coordination, and loading what a request names. Reading follows
 * the agreement (its parties, board members, coordinators, administrators); changing needs the agreement's
 * coordinator rights, as its structure does, and an agreement that is not closed (rule 11). Not guarded itself: a
 * refusal is recorded by the guarded service that asked.
 */
@ApplicationScoped
public class CoordinationRights {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    AgreementQueries agreements;

    public AgreementStructure readable(long agreementId) {
        return agreements.structure(agreementId).orElseThrow(() -> new NotFound("Agreement", agreementId));
    }

    /** May the caller change the agreement's coordination: its coordinator, while it is not closed (rule 11)? */
    public boolean mayEdit(long agreementId) {
        return agreements.mayEdit(agreementId) && !readable(agreementId).agreement().closed();
    }

    public AgreementStructure editable(long agreementId) {
        AgreementStructure s = readable(agreementId);
        AccessDenied.unless(agreements.mayEdit(agreementId), "edit the coordination of agreement " + agreementId);
        s.agreement().requireOpen();
        return s;
    }

    public static Set<Long> parties(AgreementStructure s) {
        return s.parties().stream().map(PartyView::id).collect(Collectors.toSet());
    }

    public <T> T load(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFound(type.getSimpleName(), id);
        }
        return found;
    }
}

package se.samspar.agreement.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import se.samspar.agreement.api.AgreementActivated;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.AgreementChanged.Subject;
import se.samspar.agreement.api.AgreementDraft;
import se.samspar.agreement.api.AgreementEditing;
import se.samspar.agreement.api.AgreementStatus;
import se.samspar.agreement.domain.Agreement;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.Period;
import se.samspar.platform.api.Refusal;
import se.samspar.platform.api.Roles;
import se.samspar.platform.api.StaleEdit;
import se.samspar.platform.api.UniqueKeys;

/** {@link AgreementEditing}: creating an agreement, and the coordinator's changes to its details and status. */
@ModuleService
public class AgreementEditingBean implements AgreementEditing {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    Event<AgreementChanged> changed;
    @Inject
    Event<AgreementActivated> activated;
    @Inject
    CallerContext callers;
    @Inject
    AgreementRights rights;

    @Override
    public long create(AgreementDraft draft) {
        Caller c = callers.current();
        AccessDenied.unless(c.system() || c.hasRole(Roles.COORDINATOR) || c.isAdministrator(), "create agreements");
        validator.check(draft);
        if (draft.renewsAgreementId() != null) {
            Stored.load(em, Agreement.class, draft.renewsAgreementId(), "renewsAgreementId");
            requireNotRenewed(draft.renewsAgreementId());
        }
        Agreement a = new Agreement(draft.title(), period(draft), draft.renewsAgreementId());
        describe(a, draft);
        em.persist(a);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (draft.renewsAgreementId() != null && UniqueKeys.violated(e)) {
                // Renewed at the same moment by someone else: their renewal is the one, not yet visible to us.
                throw new Refusal("renewsAgreementId", "samspar.agreement.renewedConcurrently", Map.of());
            }
            throw e;
        }
        fire(a.id(), Subject.AGREEMENT, a.id(), Change.CREATED, a.title());
        return a.id();
    }

    @Override
    public void update(long agreementId, long expectedVersion, AgreementDraft draft) {
        rights.requireEditable(agreementId);
        validator.check(draft);
        Agreement a = Stored.load(em, Agreement.class, agreementId, "id");
        StaleEdit.check("Agreement", agreementId, a.version(), expectedVersion);
        a.retitle(draft.title(), period(draft));
        describe(a, draft);
        StaleEdit.flush(em, "Agreement", agreementId);
        fire(agreementId, Subject.AGREEMENT, agreementId, Change.UPDATED, a.title());
    }

    /** Rule 12: an agreement has at most one renewal; a second is refused, naming the first. */
    private void requireNotRenewed(long agreementId) {
        List<Agreement> renewals = em.createQuery("select a from Agreement a where a.renewsAgreementId = :id",
                Agreement.class).setParameter("id", agreementId).getResultList();
        if (!renewals.isEmpty()) {
            Agreement r = renewals.get(0);
            throw new Refusal("renewsAgreementId", "samspar.agreement.renewedAlready",
                    Map.of("title", r.title(), "id", String.valueOf(r.id())));
        }
    }

    private static Period period(AgreementDraft draft) {
        if (draft.validTo().isBefore(draft.validFrom())) {
            throw InvalidInput.of("validTo", "samspar.period.endBeforeStart");
        }
        return new Period(draft.validFrom(), draft.validTo());
    }

    private static void describe(Agreement a, AgreementDraft draft) {
        a.describeDecision(draft.diaryNumber(), draft.decidedBy(), draft.decidedOn(), draft.description());
        a.setReporting(draft.updateIntervalDays(), draft.partiesReportOwnActivities());
    }

    @Override
    public void changeStatus(long agreementId, long expectedVersion, AgreementStatus status) {
        if (status == null) {
            throw InvalidInput.of("status", "samspar.required");
        }
        rights.requireEditable(agreementId);
        Agreement a = Stored.load(em, Agreement.class, agreementId, "id");
        StaleEdit.check("Agreement", agreementId, a.version(), expectedVersion);
        AgreementStatus before = a.status();
        a.changeStatus(status);
        StaleEdit.flush(em, "Agreement", agreementId);
        fire(agreementId, Subject.AGREEMENT, agreementId, Change.UPDATED, "status " + before + " → " + status);
        if (before != AgreementStatus.ACTIVE && status == AgreementStatus.ACTIVE) {
            activated.fire(new AgreementActivated(agreementId));
        }
    }
    private void fire(long agreementId, Subject subject, long subjectId, Change change, String summary) {
        changed.fire(new AgreementChanged(agreementId, subject, subjectId, change, summary));
    }
}

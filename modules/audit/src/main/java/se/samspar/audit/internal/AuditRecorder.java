package se.samspar.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import se.samspar.actionplan.api.ActivityChanged;
import se.samspar.actionplan.api.StatusReported;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.OrganisationChanged;
import se.samspar.audit.api.AuditEntryView;
import se.samspar.followup.api.FollowUpChanged;
import se.samspar.followup.api.IndicatorChanged;
import se.samspar.audit.api.AuditTrail;
import se.samspar.audit.domain.AuditEntry;
import se.samspar.platform.api.CallerContext;
import se.samspar.identity.api.UserAccountChanged;

/**
 * Writes the trail. The observers are synchronous and not transactional themselves, so they run
 * inside the transaction of the change that fired the event: both commit, or neither. Reads run
 * in a transaction too: Payara's non-transactional entity managers misbehave under concurrency.
 */
@ApplicationScoped
public class AuditRecorder implements AuditTrail {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerContext callers;

    void on(@Observes AgreementChanged e) {
        record(e.agreementId(), e.subject().name(), e.subjectId(), e.change().name(), e.summary());
    }

    void on(@Observes OrganisationChanged e) {
        record(null, "ORGANISATION", e.organisationId(), e.change().name(), e.summary());
    }

    void on(@Observes ActivityChanged e) {
        record(e.agreementId(), "ACTIVITY", e.activityId(), e.change().name(), e.reference());
    }

    void on(@Observes FollowUpChanged e) {
        record(e.agreementId(), "FOLLOW_UP", e.followUpId(), e.change().name(), e.what());
    }

    void on(@Observes IndicatorChanged e) {
        record(e.agreementId(), "INDICATOR", e.indicatorId(), e.change().name(), e.what());
    }

    void on(@Observes UserAccountChanged e) {
        record(null, "USER_ACCOUNT", e.userId(), e.change().name(), e.summary());
    }

    void on(@Observes StatusReported e) {
        record(e.agreementId(), "ACTIVITY", e.activityId(), "STATUS_REPORTED",
                e.status() + " " + e.light() + " " + e.progress() + " % (" + e.reportedBy() + ")");
    }

    private void record(Long agreementId, String subject, long subjectId, String action, String summary) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), actor(), agreementId, subject, subjectId, action, summary));
    }

    /** The signed-in user, or "system" for startup work such as the demo import. */
    private String actor() {
        return callers.current().username();
    }

    @Override
    @Transactional
    public List<AuditEntryView> ofAgreement(long agreementId, int max) {
        return em.createQuery("select e from AuditEntry e where e.agreementId = :a order by e.occurredAt desc, e.id desc",
                AuditEntry.class).setParameter("a", agreementId).setMaxResults(max).getResultList().stream()
                .map(AuditRecorder::view).toList();
    }

    @Override
    @Transactional
    public List<AuditEntryView> latest(int max) {
        return em.createQuery("select e from AuditEntry e order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setMaxResults(max).getResultList().stream().map(AuditRecorder::view).toList();
    }

    private static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.agreementId(), e.subject(), e.subjectId(),
                e.action(), e.summary());
    }
}

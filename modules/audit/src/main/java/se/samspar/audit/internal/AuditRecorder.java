package se.samspar.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityChanged;
import se.samspar.actionplan.api.PublicationChanged;
import se.samspar.actionplan.api.StatusReported;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.OrganisationChanged;
import se.samspar.audit.api.AuditEntryView;
import se.samspar.audit.api.AuditPosition;
import se.samspar.audit.api.AuditQuery;
import se.samspar.audit.api.AuditTrail;
import se.samspar.audit.domain.AuditEntry;
import se.samspar.followup.api.FollowUpChanged;
import se.samspar.followup.api.IndicatorChanged;
import se.samspar.identity.api.SignInAttempted;
import se.samspar.identity.api.UserAccountChanged;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;
import se.samspar.platform.api.FieldChanges;

/**
 * Writes the trail. The observers are synchronous and not transactional themselves, so they run
 * inside the transaction of the change that fired the event: both commit, or neither. Each entry
 * holds who (and for which organisation), when, which record, what, and the fields the change
 * altered, before and after, as the persistence layer flushed them. Refused attempts are written
 * in a transaction of their own. Reads run in a transaction too: Payara's non-transactional
 * entity managers misbehave under concurrency.
 */
@ApplicationScoped
public class AuditRecorder implements AuditTrail {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerContext callers;
    @Inject
    se.samspar.platform.api.ReadCache cache;
    @Inject
    se.samspar.identity.api.SignInNames signInNames;

    void on(@Observes AgreementChanged e) {
        String entity = switch (e.subject()) {
            case AGREEMENT -> "Agreement";
            case PARTY -> "Party";
            case PRIORITY_AREA -> "PriorityArea";
            case GOAL -> "Goal";
        };
        record(e.agreementId(), e.subject().name(), e.subjectId(), e.change().name(), e.summary(), entity);
    }

    void on(@Observes OrganisationChanged e) {
        record(null, "ORGANISATION", e.organisationId(), e.change().name(), e.summary(), "Organisation");
    }

    void on(@Observes ActivityChanged e) {
        record(e.agreementId(), "ACTIVITY", e.activityId(), e.change().name(), e.reference(), "Activity");
    }

    /** Issue 14: an area or activity published on the public page, its public text changed, or unpublished. */
    void on(@Observes PublicationChanged e) {
        record(e.agreementId(), "PUBLICATION", e.publicationId(), e.change().name(), e.what(), "Publication");
    }

    void on(@Observes UserAccountChanged e) {
        record(null, "USER_ACCOUNT", e.userId(), e.change().name(), e.summary(), "UserAccount");
    }

    void on(@Observes StatusReported e) {
        record(e.agreementId(), "ACTIVITY", e.activityId(), "STATUS_REPORTED",
                e.status() + " " + e.light() + " " + e.progress() + " % (" + e.reportedBy() + ")", "Activity");
    }

    void on(@Observes FollowUpChanged e) {
        record(e.agreementId(), "FOLLOW_UP", e.followUpId(), e.change().name(), e.what(), "FollowUp");
    }

    void on(@Observes IndicatorChanged e) {
        record(e.agreementId(), "INDICATOR", e.indicatorId(), e.change().name(), e.what(), "Indicator");
    }

    void on(@Observes se.samspar.coordination.api.CoordinationChanged e) {
        String entity = switch (e.subject()) {
            case COORDINATION_FUNCTION -> "CoordinationFunction";
            case MEETING -> "Meeting";
            case DECISION -> "Decision";
            case ACTION_ITEM -> "ActionItem";
            case ATTACHMENT -> "Attachment";
        };
        record(e.agreementId(), e.subject().name(), e.subjectId(), e.change().name(), e.summary(), entity);
    }

    /** Situation pictures belong to a municipality, not to one agreement: administrators read their entries. */
    void on(@Observes se.samspar.situation.api.SituationChanged e) {
        record(null, e.subject(), e.subjectId(), e.change().name(), e.what(),
                "PROBLEM".equals(e.subject()) ? "Problem" : "SituationPicture");
    }

    /** Backups are taken outside any transaction: the entry gets one of its own. */
    @Transactional
    void on(@Observes se.samspar.platform.api.Backups.BackupTaken e) {
        record(null, "BACKUP", 0, "CREATED", e.name() + " (" + e.bytes() + " bytes" + (e.scheduled() ? ", scheduled" : "")
                + ")", "Backup");
    }

    /** Sign-ins, failed ones included, in the sign-in's own transaction; the actor is the name given. */
    void on(@Observes SignInAttempted e) {
        em.persist(new AuditEntry(now(), e.username(), null, "SIGN_IN", e.userId() == null ? 0 : e.userId(),
                e.succeeded() ? "SIGNED_IN" : "SIGN_IN_FAILED", e.outcome()).by(e.organisationId(), null));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String what, String where) {
        Caller c = callers.current();
        // A request from another site (a link the user's browser followed) may be none of the user's doing: said so.
        String origin = se.samspar.platform.api.RequestOrigin.isCrossSite() ? " (cross-site request)" : "";
        em.persist(new AuditEntry(now(), c.username(), null, "ACCESS", 0, "REFUSED",
                (what == null ? "" : what) + origin + (where == null ? "" : " at " + where)).by(c.organisationId(), null));
    }

    private void record(Long agreementId, String subject, long subjectId, String action, String summary, String entity) {
        Caller c = callers.current();
        String changes = FieldChanges.take(entity, subjectId).stream().map(Object::toString)
                .collect(Collectors.joining("\n"));
        em.persist(new AuditEntry(now(), c.username(), agreementId, subject, subjectId, action, summary)
                .by(c.organisationId(), changes));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ---- reading

    @Override
    @Transactional
    @se.samspar.platform.api.Guarded
    public long count(AuditQuery query) {
        // Counting past 300,000 entries takes a second or two; kept until the next write (which adds an entry).
        return cache.get("audit.count|" + query, () -> {
            Where w = where(query);
            return w == null ? 0L : w.bind(em.createQuery("select count(e) from AuditEntry e" + w.jpql, Long.class))
                    .getSingleResult();
        });
    }

    @Override
    @Transactional
    @se.samspar.platform.api.Guarded
    public List<AuditEntryView> search(AuditQuery query, int first, int max) {
        return first <= 0 ? after(query, null, max) : after(query, positionBefore(query, first), max);
    }

    @Override
    @Transactional
    @se.samspar.platform.api.Guarded
    public List<AuditEntryView> after(AuditQuery query, AuditPosition position, int max) {
        Where w = where(query);
        if (w == null || max <= 0) {
            return List.of();
        }
        String jpql = "select e from AuditEntry e" + w.jpql;
        if (position != null) {
            // The first condition alone is what an index can start from; the second leaves out the entries of the
            // same instant already shown.
            jpql += (w.jpql.isEmpty() ? " where " : " and ") + "e.occurredAt <= :at"
                    + " and (e.occurredAt < :at or e.id < :id)";
        }
        TypedQuery<AuditEntry> q = w.bind(em.createQuery(jpql + NEWEST_FIRST, AuditEntry.class));
        if (position != null) {
            q.setParameter("at", position.occurredAt()).setParameter("id", position.id());
        }
        return q.setMaxResults(Math.min(max, 10_000)).getResultList().stream().map(AuditRecorder::view).toList();
    }

    @Override
    @Transactional
    @se.samspar.platform.api.Guarded
    public AuditPosition positionBefore(AuditQuery query, int first) {
        Where w = where(query);
        if (w == null || first <= 0) {
            return null;
        }
        // Only the ordering columns, which the index holds: the entries skipped are never read.
        List<Object[]> row = w.bind(em.createQuery("select e.occurredAt, e.id from AuditEntry e" + w.jpql
                        + NEWEST_FIRST, Object[].class))
                .setFirstResult(first - 1).setMaxResults(1).getResultList();
        return row.isEmpty() ? null : new AuditPosition((LocalDateTime) row.get(0)[0], (Long) row.get(0)[1]);
    }

    /** The trail's order, which the indexes of V20261130_50_67 hold, so no read sorts. */
    private static final String NEWEST_FIRST = " order by e.occurredAt desc, e.id desc";

    /**
     * The query as JPQL, narrowed to what the caller may read: administrators (and the system)
     * everything; a coordinator the entries of their agreements; anyone else is refused. Null
     * when a coordinator asks about nothing they coordinate.
     */
    private Where where(AuditQuery q) {
        Caller c = callers.current();
        boolean all = c.system() || c.isAdministrator();
        Set<Long> mine = c.hasRole(se.samspar.platform.api.Roles.COORDINATOR) ? c.coordinatorOf() : Set.of();
        AccessDenied.unless(all || !mine.isEmpty(), "read the audit trail");
        AccessDenied.unless(all || q.agreementId() == null || mine.contains(q.agreementId()),
                "read the audit trail of agreement " + q.agreementId());
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q.agreementId() != null) {
            conditions.add("e.agreementId = :agreement");
            params.put("agreement", q.agreementId());
        } else if (!all) {
            conditions.add("e.agreementId in :mine");
            params.put("mine", List.copyOf(mine));
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            // A username typed at a failed sign-in without an account is recorded as its pseudonym only: the
            // name searched for finds it too.
            // Usernames are kept in lower case, so the index on the actor serves this (lower(e.actor) would not).
            conditions.add("e.actor in (:actor, :pseudonym)");
            params.put("actor", q.actor().strip().toLowerCase());
            params.put("pseudonym", signInNames.pseudonym(q.actor()));
        }
        if (q.subject() != null && !q.subject().isBlank()) {
            conditions.add("e.subject = :subject");
            params.put("subject", q.subject().strip());
        }
        if (q.from() != null) {
            conditions.add("e.occurredAt >= :from");
            params.put("from", q.from().atStartOfDay());
        }
        if (q.to() != null) {
            conditions.add("e.occurredAt < :to");
            params.put("to", q.to().plusDays(1).atStartOfDay());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private record Where(String jpql, Map<String, Object> params) {
        <T> TypedQuery<T> bind(TypedQuery<T> q) {
            params.forEach(q::setParameter);
            return q;
        }
    }

    private static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.actorOrganisationId(), e.agreementId(),
                e.subject(), e.subjectId(), e.action(), e.summary(), e.changes());
    }
}

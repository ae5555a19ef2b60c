package se.samspar.coordination.internal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.coordination.api.ActionItemView;
import se.samspar.coordination.api.CoordinationFunctionView;
import se.samspar.coordination.api.CoordinationQueries;
import se.samspar.coordination.api.DecisionView;
import se.samspar.coordination.api.Linked;
import se.samspar.coordination.api.MeetingView;
import se.samspar.coordination.api.Origin;
import se.samspar.coordination.domain.ActionItem;
import se.samspar.coordination.domain.CoordinationFunction;
import se.samspar.coordination.domain.Decision;
import se.samspar.coordination.domain.Meeting;
import se.samspar.platform.api.ModuleService;

/** Reads run in a transaction too: Payara's non-transactional entity managers misbehave under concurrent use. */
@ModuleService
public class CoordinationQueriesBean implements CoordinationQueries {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CoordinationRights rights;
    @Inject
    ActivityQueries activities;

    @Override
    public boolean mayEdit(long agreementId) {
        return rights.mayEdit(agreementId);
    }

    @Override
    public Optional<CoordinationFunctionView> function(long agreementId) {
        rights.readable(agreementId);
        return em.createQuery("select f from CoordinationFunction f where f.agreementId = :a",
                        CoordinationFunction.class).setParameter("a", agreementId).getResultList().stream()
                .findFirst().map(f -> new CoordinationFunctionView(f.id(), f.agreementId(), f.name(), f.roleTitle(),
                        f.partyId(), f.email(), f.phone(), f.version()));
    }

    @Override
    public List<MeetingView> meetings(long agreementId) {
        rights.readable(agreementId);
        return em.createQuery("select m from Meeting m where m.agreementId = :a order by m.heldOn desc, m.id desc",
                Meeting.class).setParameter("a", agreementId).getResultList().stream()
                .map(CoordinationQueriesBean::view).toList();
    }

    @Override
    public Optional<MeetingView> meeting(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null) {
            return Optional.empty();
        }
        rights.readable(m.agreementId());
        return Optional.of(view(m));
    }

    @Override
    public List<DecisionView> decisions(long agreementId) {
        rights.readable(agreementId);
        return em.createQuery("select d from Decision d where d.agreementId = :a order by d.decidedOn desc, d.id desc",
                Decision.class).setParameter("a", agreementId).getResultList().stream()
                .map(CoordinationQueriesBean::view).toList();
    }

    @Override
    public Optional<DecisionView> decision(long decisionId) {
        Decision d = em.find(Decision.class, decisionId);
        if (d == null) {
            return Optional.empty();
        }
        rights.readable(d.agreementId());
        return Optional.of(view(d));
    }

    @Override
    public List<DecisionView> decisionsAt(long meetingId) {
        Meeting m = rights.load(Meeting.class, meetingId);
        rights.readable(m.agreementId());
        return em.createQuery("select d from Decision d where d.meetingId = :m order by d.id", Decision.class)
                .setParameter("m", meetingId).getResultList().stream().map(CoordinationQueriesBean::view).toList();
    }

    @Override
    public List<ActionItemView> actionItems(long meetingId) {
        Meeting m = rights.load(Meeting.class, meetingId);
        rights.readable(m.agreementId());
        return em.createQuery("select i from ActionItem i where i.meetingId = :m order by i.id", ActionItem.class)
                .setParameter("m", meetingId).getResultList().stream()
                .map(i -> new ActionItemView(i.id(), i.agreementId(), i.meetingId(), i.text(), i.responsiblePartyId(),
                        i.dueDate(), i.activityIds(), i.version())).toList();
    }

    @Override
    public List<Origin> behind(long activityId) {
        // The action plan refuses an activity the caller may not see; one that is gone has nothing behind it.
        if (activities.find(activityId).isEmpty()) {
            return List.of();
        }
        // Each with its meeting in the same statement: two statements whatever is linked, none per meeting.
        List<Object[]> decisions = em.createQuery("select d, m from Decision d join d.activityIds l"
                + " left join Meeting m on m.id = d.meetingId where l = :a", Object[].class)
                .setParameter("a", activityId).getResultList();
        List<Object[]> items = em.createQuery("select i, m from ActionItem i join i.activityIds l"
                + " left join Meeting m on m.id = i.meetingId where l = :a", Object[].class)
                .setParameter("a", activityId).getResultList();
        List<Origin> origins = new ArrayList<>();
        for (Object[] row : decisions) {
            Decision d = (Decision) row[0];
            Meeting m = (Meeting) row[1];
            origins.add(new Origin(Linked.DECISION, d.id(), d.text(), d.decidedOn(), d.body(), d.paragraph(),
                    d.diaryNumber(), d.meetingId(), m == null ? null : m.title()));
        }
        for (Object[] row : items) {
            ActionItem i = (ActionItem) row[0];
            Meeting m = (Meeting) row[1];
            origins.add(new Origin(Linked.ACTION_ITEM, i.id(), i.text(), m == null ? null : m.heldOn(), null, null,
                    null, i.meetingId(), m == null ? null : m.title()));
        }
        origins.sort(Comparator.comparing(Origin::on, Comparator.nullsLast(Comparator.reverseOrder())));
        return origins;
    }

    private static MeetingView view(Meeting m) {
        return new MeetingView(m.id(), m.agreementId(), m.kind(), m.title(), m.heldOn(), m.partyIds(), m.agenda(),
                m.minutes(), m.version());
    }

    private static DecisionView view(Decision d) {
        return new DecisionView(d.id(), d.agreementId(), d.meetingId(), d.text(), d.body(), d.decidedOn(),
                d.paragraph(), d.diaryNumber(), d.reservation(), d.activityIds(), d.version());
    }
}

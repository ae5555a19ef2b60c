package se.samspar.coordination.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.samspar.actionplan.api.ActivityDraft;
import se.samspar.actionplan.api.ActivityEditing;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.coordination.api.ActivityLinks;
import se.samspar.coordination.api.CoordinationChanged;
import se.samspar.coordination.api.CoordinationChanged.Subject;
import se.samspar.coordination.api.Linked;
import se.samspar.coordination.domain.ActionItem;
import se.samspar.coordination.domain.Decision;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;

@ModuleService
public class ActivityLinksBean implements ActivityLinks {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CoordinationRights rights;
    @Inject
    ActivityQueries activities;
    @Inject
    ActivityEditing activityEditing;
    @Inject
    Event<CoordinationChanged> changed;

    @Override
    public void link(Linked kind, long id, long activityId) {
        Source source = source(kind, id);
        requireSameAgreement(source.agreementId(), activityId);
        if (source.link(activityId)) {
            fire(source, "linked activity " + activityId);
        }
    }

    @Override
    public void unlink(Linked kind, long id, long activityId) {
        Source source = source(kind, id);
        if (source.unlink(activityId)) {
            fire(source, "unlinked activity " + activityId);
        }
    }

    @Override
    public long createActivity(Linked kind, long id, ActivityDraft draft) {
        Source source = source(kind, id);
        // The action plan checks the draft and its own rights, and fires its own ActivityChanged.
        long activityId = activityEditing.create(source.agreementId(), draft);
        source.link(activityId);
        fire(source, "created and linked activity " + activityId);
        return activityId;
    }

    /** The decision or action item, once the caller may edit its agreement. */
    private Source source(Linked kind, long id) {
        Source s = kind == Linked.DECISION ? new Source(rights.load(Decision.class, id), null)
                : new Source(null, rights.load(ActionItem.class, id));
        rights.editable(s.agreementId());
        return s;
    }

    private void requireSameAgreement(long agreementId, long activityId) {
        boolean same = activities.find(activityId).map(a -> a.agreementId() == agreementId).orElse(false);
        if (!same) {
            throw InvalidInput.of("activityId", "samspar.unknown");
        }
    }

    private void fire(Source s, String what) {
        em.flush();
        changed.fire(new CoordinationChanged(s.agreementId(), s.decision() != null ? Subject.DECISION
                : Subject.ACTION_ITEM, s.id(), Change.UPDATED, what));
    }

    private record Source(Decision decision, ActionItem item) {
        long agreementId() {
            return decision != null ? decision.agreementId() : item.agreementId();
        }

        long id() {
            return decision != null ? decision.id() : item.id();
        }

        boolean link(long activityId) {
            return decision != null ? decision.link(activityId) : item.link(activityId);
        }

        boolean unlink(long activityId) {
            return decision != null ? decision.unlink(activityId) : item.unlink(activityId);
        }
    }
}

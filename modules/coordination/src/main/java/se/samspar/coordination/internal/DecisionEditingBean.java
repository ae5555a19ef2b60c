package se.samspar.coordination.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.samspar.coordination.api.CoordinationChanged;
import se.samspar.coordination.api.CoordinationChanged.Subject;
import se.samspar.coordination.api.DecisionDraft;
import se.samspar.coordination.api.DecisionEditing;
import se.samspar.coordination.domain.Decision;
import se.samspar.coordination.domain.Meeting;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.InvalidInput;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.StaleEdit;

@ModuleService
public class DecisionEditingBean implements DecisionEditing {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    CoordinationRights rights;
    @Inject
    Event<CoordinationChanged> changed;

    @Override
    public long record(long agreementId, Long meetingId, DecisionDraft draft) {
        rights.editable(agreementId);
        Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId);
        if (meetingId != null && (meeting == null || meeting.agreementId() != agreementId)) {
            throw InvalidInput.of("meetingId", "samspar.unknown");
        }
        validator.check(draft);
        Decision d = new Decision(agreementId, meetingId);
        d.define(draft, meeting == null ? null : meeting.heldOn());
        em.persist(d);
        em.flush();
        changed.fire(new CoordinationChanged(agreementId, Subject.DECISION, d.id(), Change.CREATED, summary(d)));
        return d.id();
    }

    @Override
    public void update(long decisionId, long expectedVersion, DecisionDraft draft) {
        Decision d = rights.load(Decision.class, decisionId);
        rights.editable(d.agreementId());
        validator.check(draft);
        StaleEdit.check("Decision", decisionId, d.version(), expectedVersion);
        Meeting meeting = d.meetingId() == null ? null : em.find(Meeting.class, d.meetingId());
        d.define(draft, meeting == null ? null : meeting.heldOn());
        StaleEdit.flush(em, "Decision", decisionId);
        changed.fire(new CoordinationChanged(d.agreementId(), Subject.DECISION, decisionId, Change.UPDATED,
                summary(d)));
    }

    /** Body, § and date: how a decision is cited. */
    static String summary(Decision d) {
        return (d.body() == null ? "" : d.body() + " ") + d.decidedOn()
                + (d.paragraph() == null ? "" : " " + d.paragraph());
    }
}

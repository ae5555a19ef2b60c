package se.samspar.coordination.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.coordination.api.ActionItemDraft;
import se.samspar.coordination.api.CoordinationChanged;
import se.samspar.coordination.api.CoordinationChanged.Subject;
import se.samspar.coordination.api.MeetingDraft;
import se.samspar.coordination.api.MeetingEditing;
import se.samspar.coordination.domain.ActionItem;
import se.samspar.coordination.domain.Meeting;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.CommandValidator;
import se.samspar.platform.api.ModuleService;
import se.samspar.platform.api.StaleEdit;

@ModuleService
public class MeetingEditingBean implements MeetingEditing {
    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    CommandValidator validator;
    @Inject
    CoordinationRights rights;
    @Inject
    Event<CoordinationChanged> changed;

    @Override
    public long create(long agreementId, MeetingDraft draft) {
        AgreementStructure s = rights.editable(agreementId);
        validator.check(draft);
        Meeting m = new Meeting(agreementId);
        m.define(draft, CoordinationRights.parties(s));
        em.persist(m);
        em.flush();
        changed.fire(new CoordinationChanged(agreementId, Subject.MEETING, m.id(), Change.CREATED, summary(m)));
        return m.id();
    }

    @Override
    public void update(long meetingId, long expectedVersion, MeetingDraft draft) {
        Meeting m = rights.load(Meeting.class, meetingId);
        AgreementStructure s = rights.editable(m.agreementId());
        validator.check(draft);
        StaleEdit.check("Meeting", meetingId, m.version(), expectedVersion);
        m.define(draft, CoordinationRights.parties(s));
        StaleEdit.flush(em, "Meeting", meetingId);
        changed.fire(new CoordinationChanged(m.agreementId(), Subject.MEETING, meetingId, Change.UPDATED, summary(m)));
    }

    @Override
    public long addActionItem(long meetingId, ActionItemDraft draft) {
        Meeting m = rights.load(Meeting.class, meetingId);
        AgreementStructure s = rights.editable(m.agreementId());
        validator.check(draft);
        ActionItem item = new ActionItem(m.agreementId(), meetingId);
        item.define(draft, CoordinationRights.parties(s));
        em.persist(item);
        em.flush();
        changed.fire(new CoordinationChanged(m.agreementId(), Subject.ACTION_ITEM, item.id(), Change.CREATED,
                summary(item)));
        return item.id();
    }

    @Override
    public void updateActionItem(long actionItemId, long expectedVersion, ActionItemDraft draft) {
        ActionItem item = rights.load(ActionItem.class, actionItemId);
        AgreementStructure s = rights.editable(item.agreementId());
        validator.check(draft);
        StaleEdit.check("ActionItem", actionItemId, item.version(), expectedVersion);
        item.define(draft, CoordinationRights.parties(s));
        StaleEdit.flush(em, "ActionItem", actionItemId);
        changed.fire(new CoordinationChanged(item.agreementId(), Subject.ACTION_ITEM, actionItemId, Change.UPDATED,
                summary(item)));
    }

    private static String summary(Meeting m) {
        return m.kind() + " " + m.heldOn() + " " + m.title();
    }

    static String summary(ActionItem item) {
        return item.text().length() > 200 ? item.text().substring(0, 200) + "…" : item.text();
    }
}

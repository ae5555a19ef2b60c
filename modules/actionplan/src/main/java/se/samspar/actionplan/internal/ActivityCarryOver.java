package se.samspar.actionplan.internal;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samspar.actionplan.api.ActivityChanged;
import se.samspar.actionplan.api.ActivityStatus;
import se.samspar.actionplan.domain.Activity;
import se.samspar.agreement.api.AgreementRenewed;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.ModuleService;

/** Rule 7's part in the action plan: the open activities of a renewed agreement carried over to the new one. */
@ModuleService
public class ActivityCarryOver {

    @PersistenceContext(unitName = "samspar")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<ActivityChanged> activityChanged;

    /**
     * Rule 7, in the renewal's transaction: every activity of the old agreement that is neither
     * completed nor cancelled gets a copy in the new one, in the copied area, goal and parties,
     * linked to its origin.
     */
    void onRenewed(@Observes AgreementRenewed e) {
        List<Activity> open = em.createQuery("select a from Activity a where a.agreementId = :a"
                        + " and a.status not in :closed order by a.areaId, a.order", Activity.class)
                .setParameter("a", e.fromAgreementId())
                .setParameter("closed", List.of(ActivityStatus.COMPLETED, ActivityStatus.CANCELLED)).getResultList();
        LocalDate today = LocalDate.now(clock);
        for (Activity origin : open) {
            Activity copy = new Activity(e.toAgreementId(), origin.order(), today, origin.id());
            copy.describe(origin.reference(), origin.title(), origin.description(), origin.contactPerson());
            copy.placeIn(e.areas().get(origin.areaId()), origin.goalId() == null ? null : e.goals().get(origin.goalId()));
            Set<Long> participants = new HashSet<>();
            origin.participatingPartyIds().forEach(p -> participants.add(e.parties().get(p)));
            copy.assign(e.parties().get(origin.leadPartyId()), participants, origin.reporterUser());
            copy.schedule(origin.startDate(), origin.dueDate(), origin.weight());
            copy.continueFrom(origin);
            em.persist(copy);
            em.flush();
            activityChanged.fire(new ActivityChanged(e.toAgreementId(), copy.id(), Change.CREATED,
                    copy.reference() + " (carried over from " + origin.id() + ")"));
        }
    }
}

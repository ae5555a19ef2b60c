package se.samspar.notification.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samspar.actionplan.api.LeadPartyChanged;
import se.samspar.agreement.api.AgreementStructure;
import se.samspar.agreement.api.PartyView;
import se.samspar.identity.api.MailRecipients;
import se.samspar.identity.api.Recipient;
import se.samspar.notification.api.MailKind;
import se.samspar.notification.domain.Reminder;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

/** After an activity is handed to another lead party and it commits, that party's users are told, off the request. */
@ApplicationScoped
public class HandOverMails {
    private static final Logger LOG = Logger.getLogger(HandOverMails.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    MailSettings settings;
    @Inject
    Outbox outbox;
    @Inject
    CallerContext callers;
    @Inject
    MailRecipients recipients;
    @Inject
    se.samspar.agreement.api.AgreementQueries agreements;

    void handedOver(@Observes(during = TransactionPhase.AFTER_SUCCESS) LeadPartyChanged e) {
        if (settings.enabled()) {
            executor.execute(() -> tell(e));
        }
    }

    void tell(LeadPartyChanged e) {
        try {
            callers.runAs(Caller.SYSTEM, () -> {
                AgreementStructure structure = agreements.structure(e.agreementId()).orElseThrow();
                PartyView party = structure.party(e.toPartyId()).orElseThrow();
                for (Recipient r : recipients.ofOrganisations(Set.of(party.organisationId()),
                        FollowUpMails.MAX_RECIPIENTS)) {
                    outbox.send(r, MailKind.HANDED_OVER, e.activityId(), Reminder.handedOver(r.language(),
                            r.displayName(), e.reference(), e.title(), structure.agreement().title(),
                            party.organisationName(), settings.link()));
                }
            });
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Hand-over of activity " + e.activityId() + " not told", ex);
        }
    }
}

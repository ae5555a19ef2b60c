package se.samspar.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import se.samspar.actionplan.api.ActivityQueries;
import se.samspar.actionplan.api.ActivityView;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.identity.api.Recipient;
import se.samspar.notification.api.MailKind;
import se.samspar.notification.api.Reminders;
import se.samspar.notification.domain.DigestItem;
import se.samspar.notification.domain.Mail;
import se.samspar.notification.domain.Reminder;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

/**
 * {@link Reminders}: the weekly digest. Recipients are read a page at a time; each one's digest is read as that user
 * (the work queue's "waiting for my report", rules 2 and 5, limited in SQL), so nobody is told of what they may not
 * see. No transaction of its own: each read is the services' own, and a mail is sent outside any.
 */
@ApplicationScoped
@se.samspar.platform.api.Guarded
public class DigestSending implements Reminders {
    private static final Logger LOG = Logger.getLogger(DigestSending.class.getName());
    static final int MAX_ITEMS = 30;

    @Inject
    MailSettings settings;
    @Inject
    Outbox outbox;
    @Inject
    CallerContext callers;
    @Inject
    AllRecipients all;
    @Inject
    FollowUpMails followUps;
    @Inject
    ActivityQueries activities;
    @Inject
    AgreementQueries agreements;

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public int sendDigestsNow() {
        Caller caller = callers.current();
        AccessDenied.unless(caller.system() || caller.isAdministrator(), "send the weekly digests");
        if (settings.enabled()) {
            followUps.remindBeforeDeadlines();
        }
        return sendDigests();
    }

    /** Every recipient's digest; how many were sent. */
    public int sendDigests() {
        if (!settings.enabled()) {
            return 0;
        }
        int[] sent = {0};
        all.forEach(r -> {
            if (digestTo(r)) {
                sent[0]++;
            }
        });
        LOG.info("Weekly digests sent: " + sent[0]);
        return sent[0];
    }

    private boolean digestTo(Recipient r) {
        try {
            Optional<Mail> mail = callers.runAs(r.caller(), () -> compose(r));
            return mail.isPresent() && outbox.send(r, MailKind.DIGEST, null, mail.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No digest for user " + r.userId(), e);
            return false;
        }
    }

    /** As the recipient: what waits for their report, overdue first; empty when nothing does. */
    private Optional<Mail> compose(Recipient r) {
        List<ActivityView> waiting = activities.needingMyUpdate(MAX_ITEMS);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        long total = waiting.size() < MAX_ITEMS ? waiting.size() : activities.countNeedingMyUpdate();
        Map<Long, String> titles = agreements.agreements().stream()
                .collect(Collectors.toMap(AgreementView::id, AgreementView::title));
        List<DigestItem> items = waiting.stream().map(a -> new DigestItem(a.reference(), a.title(),
                titles.getOrDefault(a.agreementId(), ""), a.dueDate(), a.overdue())).toList();
        return Reminder.digest(r.language(), r.displayName(), items, total, settings.link());
    }
}

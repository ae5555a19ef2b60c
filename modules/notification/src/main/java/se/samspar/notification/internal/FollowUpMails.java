package se.samspar.notification.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import se.samspar.agreement.api.AgreementQueries;
import se.samspar.agreement.api.AgreementView;
import se.samspar.agreement.api.PartyView;
import se.samspar.followup.api.FollowUpChanged;
import se.samspar.followup.api.FollowUpReportingState;
import se.samspar.followup.api.OpenReporting;
import se.samspar.identity.api.MailRecipients;
import se.samspar.identity.api.Recipient;
import se.samspar.notification.api.MailKind;
import se.samspar.notification.domain.Reminder;
import se.samspar.platform.api.Change;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

/**
 * The follow-ups' mails. After a follow-up's change commits, the users of the agreement's parties whose organisation
 * has something to report in it and who were not told yet are told it is open for reporting; each day, those whose
 * organisation has not reported are reminded once, {@code samspar.mail.deadline-days} before the deadline. Whether a
 * party has reported is the follow-up module's own reading, asked as each user.
 */
@ApplicationScoped
public class FollowUpMails {
    private static final Logger LOG = Logger.getLogger(FollowUpMails.class.getName());
    static final int MAX_RECIPIENTS = 2000;

    @Resource
    ManagedExecutorService executor;
    @Inject
    MailSettings settings;
    @Inject
    Outbox outbox;
    @Inject
    MailLog log;
    @Inject
    CallerContext callers;
    @Inject
    MailRecipients recipients;
    @Inject
    AgreementQueries agreements;
    @Inject
    AllRecipients all;
    @Inject
    FollowUpReportingState reporting;
    @Inject
    Clock clock;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FollowUpChanged e) {
        if (settings.enabled() && e.change() != Change.DELETED) {
            executor.execute(() -> tellOpened(e.agreementId(), e.followUpId()));
        }
    }

    /**
     * Synchronized, as is the daily sweep: a follow-up's changes come in quick succession (opened, then opened for
     * reporting), and two tasks checking the log at once would both send.
     */
    synchronized void tellOpened(long agreementId, long followUpId) {
        for (Recipient r : partyUsers(agreementId)) {
            try {
                callers.runAs(r.caller(), () -> {
                    if (log.sent(r.userId(), MailKind.REPORTING_OPENED, followUpId)) {
                        return;
                    }
                    List<OpenReporting> open = reporting.openForMyOrganisation().stream()
                            .filter(o -> o.followUpId() == followUpId).toList();
                    for (OpenReporting o : open) {
                        outbox.send(r, MailKind.REPORTING_OPENED, followUpId, Reminder.reportingOpened(r.language(),
                                r.displayName(), o.title(), titles().getOrDefault(o.agreementId(), ""),
                                o.reportingDeadline(), o.remaining(), settings.link()));
                    }
                });
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "Follow-up " + followUpId + " not told to user " + r.userId(), ex);
            }
        }
    }

    /** Once a day: the reminders before reporting deadlines. */
    public synchronized void remindBeforeDeadlines() {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(settings.deadlineDays());
        all.forEach(r -> {
            try {
                callers.runAs(r.caller(), () -> remind(r, today, horizon));
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "No deadline reminder for user " + r.userId(), ex);
            }
        });
    }

    private void remind(Recipient r, LocalDate today, LocalDate horizon) {
        for (OpenReporting o : reporting.openForMyOrganisation()) {
            LocalDate deadline = o.reportingDeadline();
            if (deadline != null && !deadline.isBefore(today) && !deadline.isAfter(horizon) && o.remaining() > 0
                    && !log.sent(r.userId(), MailKind.REPORTING_DEADLINE, o.followUpId())) {
                outbox.send(r, MailKind.REPORTING_DEADLINE, o.followUpId(), Reminder.reportingDeadline(r.language(),
                        r.displayName(), o.title(), titles().getOrDefault(o.agreementId(), ""), deadline,
                        o.remaining(), settings.link()));
            }
        }
    }

    /** The users of the agreement's parties who want mail. */
    private List<Recipient> partyUsers(long agreementId) {
        return callers.runAs(Caller.SYSTEM, () -> {
            Set<Long> organisations = agreements.structure(agreementId).map(s -> s.parties().stream()
                    .map(PartyView::organisationId).collect(Collectors.toSet())).orElse(Set.of());
            return recipients.ofOrganisations(organisations, MAX_RECIPIENTS);
        });
    }

    /** The titles of the agreements the current caller sees. */
    private Map<Long, String> titles() {
        return agreements.agreements().stream().collect(Collectors.toMap(AgreementView::id, AgreementView::title));
    }
}

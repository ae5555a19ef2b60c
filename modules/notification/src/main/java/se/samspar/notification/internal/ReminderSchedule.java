package se.samspar.notification.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samspar.platform.api.SchemaReady;

/**
 * Once a day at {@code samspar.mail.send-at} (Swedish time): the deadline reminders, and on
 * {@code samspar.mail.digest-day} the weekly digests. Started once the schema is ready, as the backups are; each run
 * plans the next, so a change of daylight-saving time keeps the hour. In a cluster one node sends: the first to
 * take the day ({@link ReminderRuns}).
 */
@ApplicationScoped
public class ReminderSchedule {
    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    MailSettings settings;
    @Inject
    DigestSending digests;
    @Inject
    FollowUpMails followUps;
    @Inject
    Clock clock;
    @Inject
    ReminderRuns runs;

    private ScheduledFuture<?> next;

    void start(@Observes SchemaReady ready) {
        if (!settings.enabled()) {
            LOG.info("Reminders by e-mail are off: samspar.mail.host is not set");
            return;
        }
        LOG.info("Reminders by e-mail through " + settings + ": daily at " + settings.sendAt() + ", digests on "
                + settings.digestDay());
        planNext();
    }

    @PreDestroy
    synchronized void stop() {
        if (next != null) {
            next.cancel(false);
        }
    }

    /** This node, in the run's record: host and process. */
    private static String node() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown host";
        }
        return host + " pid " + ProcessHandle.current().pid();
    }

    private synchronized void planNext() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime at = now.with(settings.sendAt()).withSecond(0).withNano(0);
        if (!at.isAfter(now)) {
            at = at.plusDays(1);
        }
        next = scheduler.schedule(this::run, Duration.between(now, at).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            if (!runs.take(LocalDate.now(clock), node())) {
                LOG.info("Today's reminders are sent by another node of the cluster");
                return;
            }
            followUps.remindBeforeDeadlines();
            if (ZonedDateTime.now(clock).getDayOfWeek() == settings.digestDay()) {
                digests.sendDigests();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Reminders by e-mail failed today; tried again tomorrow", e);
        } finally {
            planNext();
        }
    }
}

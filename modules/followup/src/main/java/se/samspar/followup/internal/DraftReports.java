package se.samspar.followup.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samspar.actionplan.api.ActivityChanged;
import se.samspar.actionplan.api.StatusReported;
import se.samspar.agreement.api.AgreementActivated;
import se.samspar.agreement.api.AgreementChanged;
import se.samspar.agreement.api.OrganisationChanged;
import se.samspar.followup.api.FollowUpChanged;
import se.samspar.followup.api.FollowUpReport;
import se.samspar.followup.api.IndicatorChanged;

/**
 * The reports of follow-ups in preparation, built from the live data once and kept until something they are built
 * from changes (issue 12: the report was rebuilt on every view of the page, reading every activity, status update and
 * indicator of the agreement). A report is kept with the agreement's generation, which every change event of the
 * agreement moves on once its transaction has ended, and with the day it describes (overdue and "as of" move with the
 * date). A build that overlaps a change is returned but not kept: its generation was read before the data.
 *
 * <p>Within one server: a change made on another node of a cluster is seen there only, so on the nodes of a cluster
 * ({@code samspar.cluster=true}, issue 15) nothing is kept and each view builds the report. At most {@value #KEPT}
 * reports are kept (a report of a 1,000-activity agreement holds its year of status updates).
 */
@ApplicationScoped
public class DraftReports {
    private static final int KEPT = 6;

    private record Kept(long generation, LocalDate day, FollowUpReport report) {
    }

    @Inject
    @ConfigProperty(name = "samspar.cluster", defaultValue = "false")
    boolean clustered;

    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    /** Moved on by changes that may touch any agreement's report (an organisation's name). */
    private final AtomicLong everywhere = new AtomicLong();
    private final Map<Long, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > KEPT;
        }
    });

    /** The follow-up's report as of {@code day}: the kept one if nothing has changed since, else {@code build}'s. */
    FollowUpReport of(long followUpId, long agreementId, LocalDate day, Supplier<FollowUpReport> build) {
        if (clustered) {
            return build.get();
        }
        long generation = generation(agreementId);
        Kept k = kept.get(followUpId);
        if (k != null && k.generation() == generation && k.day().equals(day)) {
            return k.report();
        }
        FollowUpReport report = build.get();
        if (generation(agreementId) == generation) {
            kept.put(followUpId, new Kept(generation, day, report));
        }
        return report;
    }

    private long generation(long agreementId) {
        // Both counters only grow, so their sum changes whenever either does.
        return everywhere.get() + generations.computeIfAbsent(agreementId, a -> new AtomicLong()).get();
    }

    private void changed(long agreementId) {
        generations.computeIfAbsent(agreementId, a -> new AtomicLong()).incrementAndGet();
    }

    void on(@Observes(during = TransactionPhase.AFTER_COMPLETION) ActivityChanged e) {
        changed(e.agreementId());
    }

    void on(@Observes(during = TransactionPhase.AFTER_COMPLETION) StatusReported e) {
        changed(e.agreementId());
    }

    void on(@Observes(during = TransactionPhase.AFTER_COMPLETION) AgreementChanged e) {
        changed(e.agreementId());
    }

    void on(@Observes(during = TransactionPhase.AFTER_COMPLETION) AgreementActivated e) {
        changed(e.agreementId());
    }

    void on(@Observes(during = TransactionPhase.AFTER_COMPLETION) FollowUpChanged e) {
        changed(e.agreementId());
    }

    void on(@Observes(during = TransactionPhase.AFTER_COMPLETION) IndicatorChanged e) {
        changed(e.agreementId());
    }

    void on(@Observes(during = TransactionPhase.AFTER_COMPLETION) OrganisationChanged e) {
        everywhere.incrementAndGet();
    }

    void on(@Observes(during = TransactionPhase.AFTER_COMPLETION) se.samspar.followup.api.ReportSourcesChanged e) {
        everywhere.incrementAndGet();
    }
}

package se.samspar.actionplan.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import se.samspar.actionplan.api.StatusReport;
import se.samspar.actionplan.api.StatusReporting;
import se.samspar.actionplan.api.StatusUpdates;
import se.samspar.platform.api.LockConflicts;
import se.samspar.platform.api.StaleEdit;

/**
 * The one place where colliding status reports are sent again: MicroProfile Fault Tolerance retries
 * {@link #report} on {@link StaleEdit}, to which every collision is turned here. This bean starts no
 * transaction ({@code NEVER}, and Payara's transaction interceptor runs outside the retry anyway): each attempt
 * is one call of the transactional {@link StatusUpdates#report}, so it commits or rolls back on its own and
 * the next attempt starts afresh.
 */
@ApplicationScoped
public class RetriedStatusReporting implements StatusReporting {

    /** Attempts after the first; with it, five in all. */
    static final int RETRIES = 4;

    @Inject
    StatusUpdates statusUpdates;

    @Override
    @Transactional(Transactional.TxType.NEVER)
    @Retry(retryOn = StaleEdit.class, maxRetries = RETRIES, delay = 30, jitter = 20)
    public long report(long activityId, StatusReport report) {
        try {
            return statusUpdates.report(activityId, report);
        } catch (StaleEdit e) {
            throw e;
        } catch (RuntimeException e) {
            if (!isCollision(e)) {
                throw e;
            }
            StaleEdit collided = new StaleEdit("Activity", activityId);
            collided.initCause(e);
            throw collided;
        }
    }

    /**
     * A collision with concurrent reports: a stale edit, an optimistic-lock failure that surfaced at commit
     * instead of in the service, or the database rolling the transaction back over locks (SQL state class 40:
     * a lock wait timeout or a deadlock). Each leaves nothing written, so the report can be sent again.
     */
    static boolean isCollision(Throwable e) {
        return LockConflicts.rolledBackOverLocks(e) || LockConflicts.anyCause(e, t -> t instanceof StaleEdit
                || t.getClass().getName().endsWith("OptimisticLockException"));
    }
}

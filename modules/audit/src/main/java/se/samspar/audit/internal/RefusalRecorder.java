package se.samspar.audit.internal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.samspar.audit.api.AuditTrail;
import se.samspar.platform.api.AccessDenied;
import se.samspar.platform.api.Guarded;
import se.samspar.platform.api.Refusal;

/**
 * Records every refusal of a {@link Guarded} service in the audit trail, in a transaction of its
 * own, outside the refused call's (which rolls back): who, what was refused, and the service
 * method with the ids it was given. Runs before the transaction interceptor, so it sees the
 * refusal after the rollback.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RefusalRecorder {
    @Inject
    AuditTrail audit;

    @AroundInvoke
    Object record(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (AccessDenied refused) {
            if (!refused.isRecorded()) {
                refused.markRecorded();
                audit.refused(refused.getMessage(), where(call));
            }
            throw refused;
        } catch (Refusal refused) {
            if (!refused.isRecorded()) {
                refused.markRecorded();
                audit.refused(refused.getMessage(), where(call));
            }
            throw refused;
        }
    }

    private static String where(InvocationContext call) {
        return call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                + "(" + ids(call.getParameters()) + ")";
    }

    /** The numbers among the arguments (ids, versions); other arguments are named by their type only. */
    private static String ids(Object[] arguments) {
        return arguments == null ? "" : Arrays.stream(arguments)
                .map(a -> a instanceof Number n ? n.toString() : a == null ? "null" : a.getClass().getSimpleName())
                .collect(Collectors.joining(", "));
    }
}

package se.samspar.platform.api;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command done again, in a new transaction, when the database rolled its transaction back over locks
 * ({@link LockConflicts}: a lock wait timeout, a deadlock, or Derby's contention for an identity range, DERBY-6999).
 * Such a transaction wrote nothing, so two coordinators saving at one moment both get their work saved (or a
 * message at the field on the second attempt) instead of an error page. Only a call made outside any transaction
 * is done again; a call within another's transaction fails with it, and that outer command is the one done again.
 * For services whose only effects are in the database (mails are sent after the commit): every {@link ModuleService}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnLockConflict {
}

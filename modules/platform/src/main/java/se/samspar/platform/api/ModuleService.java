package se.samspar.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A module's service bean, the implementation of its {@code api} in {@code internal}: one instance for the
 * application; each call in a transaction, joining the caller's ({@code @Transactional}); its refusals recorded in
 * the audit trail ({@link Guarded}); done again when the database rolls it back over locks
 * ({@link RetriedOnLockConflict}). Said once here, so that no service forgets one of them.
 */
@Stereotype
@ApplicationScoped
@Guarded
@RetriedOnLockConflict
@Transactional
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModuleService {
}

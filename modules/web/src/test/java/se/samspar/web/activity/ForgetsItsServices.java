package se.samspar.web.activity;

import jakarta.inject.Inject;
import java.io.Serializable;
import se.samspar.platform.api.CallerContext;

/**
 * A test fixture that breaks the cluster rule on purpose: a view-scoped bean whose injected service is transient, so
 * it would be null on the node a session moves to. Not annotated as a bean, so no test deployment picks it up; the
 * rule is checked on it as if it were.
 */
public class ForgetsItsServices implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CallerContext callers;
}

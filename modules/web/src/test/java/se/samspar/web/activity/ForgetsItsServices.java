package se.samspar.web.activity;

import jakarta.enterprise.inject.Vetoed;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import se.samspar.platform.api.CallerContext;

/**
 * A test fixture that breaks the cluster rules on purpose: a view-scoped bean whose injected service is transient, so
 * it would be null on the node a session moves to, and which keeps a value that does not serialize. Vetoed, so no
 * test deployment makes it a bean.
 */
@ViewScoped
@Vetoed
public class ForgetsItsServices implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CallerContext callers;

    private Thread notSerializable;
}

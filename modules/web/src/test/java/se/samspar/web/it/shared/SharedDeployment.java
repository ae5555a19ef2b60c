package se.samspar.web.it.shared;

import java.lang.reflect.Method;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One Payara Micro for all the integration tests that run inside the application, instead of one per test class:
 * Payara Micro takes no second application, so every deployment is a server start (~20 s).
 *
 * <p>A test class without a {@code @Deployment} of its own runs in the shared deployment, the one
 * {@code se.samspar.web.it.Deployments} declares. Its server starts for the first such class and stays for the
 * next. A class with a deployment of its own (RestartIT: a new server on the database the shared one used) first
 * stops the shared server, since an embedded Derby folder takes one JVM, and the next sharing class starts it
 * again. The shared server stops with the test run. It keeps the application's state from class to class (the
 * persistence cache, the sign-in throttle's memory): a test that needs a fresh server declares a deployment of its own.
 */
public class SharedDeployment {
    private static final String DECLARED_BY = "se.samspar.web.it.Deployments";

    @Inject
    private Instance<ClassContext> classContext;
    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;
    @Inject
    private Event<GenerateDeployment> generate;
    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    /** The shared deployment once generated; null again after its server stopped. */
    private DeploymentScenario shared;
    private boolean sharedRunning;
    /** Whether the test class being set up or taken down runs in the shared deployment. */
    private boolean sharing;

    public void generate(@Observes EventContext<GenerateDeployment> context) {
        // Deployments itself has one: generating the shared deployment below passes through here, with nothing to stop.
        if (hasOwnDeployment(context.getEvent().getTestClass().getJavaClass())) {
            sharing = false;
            stopShared();
            context.proceed();
            return;
        }
        if (shared == null) {
            generate.fire(new GenerateDeployment(new TestClass(declaringClass())));
            shared = scenario.get();
        }
        sharing = true;
        scenario.set(shared);
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
        if (sharing && sharedRunning) {
            return;
        }
        context.proceed();
        sharedRunning = sharing;
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        if (!sharing) {
            context.proceed();
        }
    }

    /** Before the containers stop: the shared server, in a class context of its own (none is active then). */
    public void stopAtTheEnd(@Observes(precedence = 100) AfterSuite event) {
        Class<?> declaring = declaringClass();
        classContext.get().activate(declaring);
        try {
            stopShared();
        } finally {
            classContext.get().deactivate();
            classContext.get().destroy(declaring);
        }
    }

    private void stopShared() {
        if (shared != null && sharedRunning) {
            sharing = false;
            DeploymentScenario current = scenario.get();
            scenario.set(shared);
            try {
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                if (current != null) {
                    scenario.set(current);
                }
            }
        }
        shared = null;
        sharedRunning = false;
    }

    /** Whether the class (or a superclass) declares a {@code @Deployment}: then it runs on a server of its own. */
    static boolean hasOwnDeployment(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Deployment.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Class<?> declaringClass() {
        try {
            return Class.forName(DECLARED_BY);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the shared deployment's class is missing: " + DECLARED_BY, e);
        }
    }
}

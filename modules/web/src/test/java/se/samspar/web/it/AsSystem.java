package se.samspar.web.it;

import jakarta.enterprise.inject.spi.CDI;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.samspar.platform.api.Caller;
import se.samspar.platform.api.CallerContext;

/**
 * Every test of an Arquillian test class acts as {@link Caller#SYSTEM}: its {@code @BeforeEach} methods, the test
 * and its {@code @AfterEach} methods run in a {@link CallerContext} scope entered before and closed after them; a test
 * that needs another caller names it with {@code callers.runAs(…)}. Register it after Arquillian's extension:
 * {@code @ExtendWith(ArquillianExtension.class) @ExtendWith(AsSystem.class)}, and add it to the deployment
 * ({@link Deployments#samspar} does).
 *
 * <p>JUnit calls this extension twice per test: in the test JVM, where Arquillian only sends the test to the
 * container, and inside Payara Micro, where the test and the class's own lifecycle methods really run. It acts only
 * inside, where it finds the {@code CallerContext} through CDI.
 */
public final class AsSystem implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AsSystem.class);
    private static final String SCOPE = "scope";

    @Override
    public void beforeEach(ExtensionContext extension) {
        if (insideTheContainer(extension)) {
            CallerContext callers = CDI.current().select(CallerContext.class).get();
            extension.getStore(NAMESPACE).put(SCOPE, callers.enter(Caller.SYSTEM));
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        CallerContext.Scope scope = extension.getStore(NAMESPACE).remove(SCOPE, CallerContext.Scope.class);
        if (scope != null) {
            scope.close();
        }
    }

    /** Arquillian's JUnit 5 runner sets this configuration parameter when it runs a test inside the container. */
    private static boolean insideTheContainer(ExtensionContext extension) {
        return extension.getConfigurationParameter(ArquillianExtension.RUNNING_INSIDE_ARQUILLIAN)
                .map(Boolean::parseBoolean).orElse(false);
    }
}

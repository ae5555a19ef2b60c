package se.samspar.web.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh browser for every test of a browser test class ({@code @ExtendWith(BrowserExtension.class)}): before each
 * test a new {@link BrowserContext} ({@link Browser#newContext()}: cookies, session, Swedish locale) and one
 * {@link Page} in it; after each test the context is closed, with its pages.
 *
 * <p>The extension fills the test instance's non-static fields by their type: a {@code BrowserContext} field gets
 * the context, a {@code Page} field the page, and a {@link PageErrors} field the page's script errors, collected
 * from before the first navigation (only a class that declares such a field has them collected). Fields rather than
 * parameters, because the tests use the page in their helper methods and in their own {@code @BeforeEach} methods
 * (a dialog handler, a CSP listener, signing in), which run after this extension's {@code beforeEach}; its
 * {@code afterEach} runs after the class's own {@code @AfterEach} methods.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final String CONTEXT = "context";

    @Override
    public void beforeEach(ExtensionContext extension) throws IllegalAccessException {
        Object test = extension.getRequiredTestInstance();
        List<Field> fields = browserFields(test.getClass());
        if (fields.isEmpty()) {
            throw new ExtensionConfigurationException(test.getClass().getName() + " uses BrowserExtension but has no"
                    + " non-static field of type BrowserContext, Page or PageErrors to fill");
        }
        BrowserContext context = Browser.newContext();
        extension.getStore(NAMESPACE).put(CONTEXT, context); // closed by afterEach, whatever happens next
        Page page = context.newPage();
        PageErrors errors = fields.stream().anyMatch(f -> f.getType() == PageErrors.class)
                ? PageErrors.watch(page) : null;
        for (Field field : fields) {
            field.setAccessible(true);
            if (field.getType() == BrowserContext.class) {
                field.set(test, context);
            } else if (field.getType() == Page.class) {
                field.set(test, page);
            } else {
                field.set(test, errors);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        BrowserContext context = extension.getStore(NAMESPACE).remove(CONTEXT, BrowserContext.class);
        if (context != null) {
            context.close();
        }
    }

    /** The non-static fields of type BrowserContext, Page or PageErrors, of the class and its superclasses. */
    private static List<Field> browserFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Class<?> t = field.getType();
                if (!Modifier.isStatic(field.getModifiers())
                        && (t == BrowserContext.class || t == Page.class || t == PageErrors.class)) {
                    if (Modifier.isFinal(field.getModifiers())) {
                        throw new ExtensionConfigurationException(field + " is final: BrowserExtension cannot fill it");
                    }
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}

package se.samspar.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.junit.jupiter.api.Test;
import se.samspar.web.activity.ForgetsItsServices;

/**
 * Issue 15: on a cluster a session, with its views and their beans, moves to another node when its own dies. Every
 * session- and view-scoped bean must therefore be serializable, and no injected service may be transient: it would be
 * null after the move (the report dialog failed so, and pages built from such a bean no longer matched their saved
 * state). {@code ClusterFailoverIT} shows the move working; this rule keeps a new bean from breaking it.
 */
class ClusterReadyBeansTest {

    static ArchRule scopedBeansAreSerializable() {
        return classes().that().areAnnotatedWith(ViewScoped.class).or().areAnnotatedWith(SessionScoped.class)
                .should().implement(Serializable.class)
                .because("a session moves between the nodes of a cluster (docs/operations.md)");
    }

    static ArchRule injectedServicesAreNotTransient() {
        return fields().that().areAnnotatedWith(Inject.class).should().notHaveModifier(JavaModifier.TRANSIENT)
                .because("a transient service is null on the node a session moves to; Weld serializes its proxies");
    }

    /**
     * What such a bean keeps must serialize too: a field of a class that is not serializable (a record of a module's
     * api, say) makes Payara drop the session's whole map of views when it stores the session.
     */
    static ArchRule scopedBeansKeepOnlySerializableState() {
        return fields().that().areDeclaredInClassesThat().areAnnotatedWith(ViewScoped.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(SessionScoped.class)
                .should(new ArchCondition<JavaField>("be transient, injected, or of a serializable type") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        JavaClass type = field.getRawType();
                        boolean exempt = field.getModifiers().contains(JavaModifier.STATIC)
                                || field.getModifiers().contains(JavaModifier.TRANSIENT)
                                || field.isAnnotatedWith(Inject.class)
                                || type.isPrimitive() || type.isEnum() || type.isInterface() || type.isArray()
                                || type.isAssignableTo(Serializable.class);
                        if (!exempt) {
                            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is of "
                                    + type.getName() + ", which is not serializable"));
                        }
                    }
                });
    }

    @Test
    void sessionAndViewScopedBeansMoveWithTheirServices() {
        JavaClasses web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.samspar");
        scopedBeansAreSerializable().check(web);
        injectedServicesAreNotTransient().check(web);
        scopedBeansKeepOnlySerializableState().check(web);
    }

    @Test
    void theStateRuleFailsOnAFieldThatDoesNotSerialize() {
        JavaClasses offender = new ClassFileImporter().importClasses(ForgetsItsServices.class);
        assertThrows(AssertionError.class, () -> scopedBeansKeepOnlySerializableState().check(offender));
    }

    @Test
    void theRuleFailsOnATransientInjectedService() {
        JavaClasses offender = new ClassFileImporter().importClasses(ForgetsItsServices.class);
        assertThrows(AssertionError.class, () -> injectedServicesAreNotTransient().check(offender));
    }
}

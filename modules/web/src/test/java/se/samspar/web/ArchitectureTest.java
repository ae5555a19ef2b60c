package se.samspar.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samspar.audit.internal.ReachesIntoAnotherModule;

/**
 * The module rules of docs/architecture.md, checked on the compiled classes of every module.
 */
class ArchitectureTest {
    static final List<String> MODULES = List.of("platform", "agreement", "actionplan", "followup", "identity", "audit",
            "web");
    private static JavaClasses samspar;

    @BeforeAll
    static void importClasses() {
        samspar = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.samspar");
    }

    /** A class outside module M may use M's api only, never its domain or internal packages. */
    static ArchRule onlyApisCrossModules() {
        return CompositeArchRule.of(MODULES.stream().map(m -> noClasses()
                        .that().resideOutsideOfPackage("se.samspar." + m + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "se.samspar." + m + ".internal..", "se.samspar." + m + ".domain..")
                        .because("other modules use " + m + " only through se.samspar." + m + ".api"))
                .map(ArchRule.class::cast).toList());
    }

    @Test
    void modulesTalkOnlyThroughTheirApis() {
        onlyApisCrossModules().check(samspar);
    }

    @Test
    void domainCodeKnowsNothingOfPagesOrRest() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..",
                        "org.omnifaces..", "jakarta.ws.rs..", "jakarta.servlet..")
                .because("rules are plain Java, testable without a container")
                .check(samspar);
    }

    @Test
    void domainCodeDoesNotReachIntoServices() {
        noClasses().that().resideInAPackage("se.samspar..domain..")
                .should().dependOnClassesThat().resideInAPackage("se.samspar..internal..")
                .check(samspar);
    }

    @Test
    void noModuleDependsOnTheWebLayer() {
        noClasses().that().resideOutsideOfPackage("se.samspar.web..")
                .should().dependOnClassesThat().resideInAPackage("se.samspar.web..")
                .because("web assembles the modules; they must not know it")
                .check(samspar);
    }

    @Test
    void apisDoNotExposeImplementation() {
        noClasses().that().resideInAPackage("se.samspar..api..")
                .should().dependOnClassesThat().resideInAPackage("se.samspar..internal..")
                .check(samspar);
    }

    /** The rule must bite: a class in audit that imports agreement's internal package fails it. */
    @Test
    void theRuleFailsWhenAModuleImportsAnothersInternals() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesIntoAnotherModule.class);
        assertThrows(AssertionError.class, () -> onlyApisCrossModules().check(offender));
    }
}

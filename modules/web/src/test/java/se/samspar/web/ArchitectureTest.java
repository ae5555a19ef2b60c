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
import se.samspar.web.dashboard.ReachesIntoAnotherFeature;

/**
 * The module rules of docs/architecture.md, checked on the compiled classes of every module.
 */
class ArchitectureTest {
    static final List<String> MODULES = List.of("platform", "agreement", "actionplan", "followup", "identity", "audit",
            "transfer", "coordination", "situation", "notification", "web");
    /** The WAR's feature packages: what the user does. */
    static final List<String> FEATURES = List.of("start", "agreement", "activity", "dashboard", "followup", "indicator",
            "meeting", "admin", "audit", "account", "transfer", "api", "publication", "situation", "calendar");
    /** The WAR's shared packages, which every feature may use. */
    static final List<String> SHARED = List.of("faces", "table", "security");
    /** Start-up (data source, readiness, demo data): no feature uses it. */
    static final String STARTUP = "startup";
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

    private static String web(String p) {
        return "se.samspar.web." + p + "..";
    }

    /** A feature package uses the shared packages and the modules' apis, never another feature or start-up. */
    static ArchRule featuresStayApart() {
        return CompositeArchRule.of(FEATURES.stream().map(f -> noClasses()
                        .that().resideInAPackage(web(f))
                        .should().dependOnClassesThat().resideInAnyPackage(
                                java.util.stream.Stream.concat(FEATURES.stream().filter(o -> !o.equals(f)),
                                        java.util.stream.Stream.of(STARTUP)).map(ArchitectureTest::web).toArray(String[]::new))
                        .because("the web feature " + f + " uses only the shared Faces packages " + SHARED
                                + " and the modules' apis"))
                .map(ArchRule.class::cast).toList());
    }

    @Test
    void webFeaturesUseOnlyTheSharedPackagesAndTheModulesApis() {
        featuresStayApart().check(samspar);
    }

    @Test
    void sharedWebPackagesKnowNoFeature() {
        noClasses().that().resideInAnyPackage(SHARED.stream().map(ArchitectureTest::web).toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(
                        java.util.stream.Stream.concat(FEATURES.stream(), java.util.stream.Stream.of(STARTUP))
                                .map(ArchitectureTest::web).toArray(String[]::new))
                .because("shared pieces serve every feature and know none")
                .check(samspar);
    }

    @Test
    void everyWebClassLivesInANamedFeatureSharedOrStartUpPackage() {
        List<String> known = java.util.stream.Stream.of(FEATURES, SHARED, List.of(STARTUP)).flatMap(List::stream)
                .map(p -> "se.samspar.web." + p).toList();
        List<String> strays = samspar.stream().filter(c -> c.getPackageName().startsWith("se.samspar.web")
                        && !c.getSimpleName().equals("package-info"))
                .map(c -> c.getPackageName()).distinct().filter(p -> known.stream().noneMatch(
                        k -> p.equals(k) || p.startsWith(k + "."))).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), strays,
                "web packages that are no feature, shared or start-up package: name them in ArchitectureTest and docs");
    }

    /** The feature rule must bite: a dashboard class that uses the follow-up feature's class fails it. */
    @Test
    void theFeatureRuleFailsWhenAFeatureUsesAnothersClasses() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesIntoAnotherFeature.class);
        assertThrows(AssertionError.class, () -> featuresStayApart().check(offender));
    }

    /** Small pieces: no web package holds more than 12 classes, no web class passes 300 lines (issue 10). */
    @Test
    void webPackagesStaySmallAndWebClassesShort() throws java.io.IOException {
        java.util.Map<String, Long> perPackage = samspar.stream()
                .filter(c -> c.getPackageName().startsWith("se.samspar.web") && c.isTopLevelClass()
                        && !c.getSimpleName().equals("package-info"))
                .collect(java.util.stream.Collectors.groupingBy(c -> c.getPackageName(), java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
        List<String> crowded = perPackage.entrySet().stream().filter(e -> e.getValue() > MAX_CLASSES_PER_PACKAGE)
                .map(e -> e.getKey() + " holds " + e.getValue()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), crowded, "split the package by what its classes do");
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java/se/samspar/web");
        List<String> longClasses;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(sources)) {
            longClasses = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > MAX_LINES)
                    .map(f -> f + " has " + lines(f) + " lines").sorted().toList();
        }
        org.junit.jupiter.api.Assertions.assertFalse(perPackage.isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), longClasses, "split the class by what it does");
    }

    static final int MAX_CLASSES_PER_PACKAGE = 12;
    static final int MAX_LINES = 300;

    private static long lines(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllLines(file).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

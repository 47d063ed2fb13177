package dev.civkit.architecture;

import org.junit.jupiter.api.Tag;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering README's Layout table draws, as rules: each layer uses only the layers
 * below it, no two packages reach each other, and the sandbox shares nothing with the client side.
 */
@Tag("unit")
class LayersTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.civkit");
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.civkit.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("entry").definedBy("dev.civkit")
                .layer("tools").definedBy("dev.civkit.cli..", "dev.civkit.kernel..", "dev.civkit.bench..")
                .layer("sweep").definedBy("dev.civkit.sweep..", "dev.civkit.play..")
                .layer("dsl").definedBy("dev.civkit.dsl..")
                .layer("session").definedBy("dev.civkit.session..")
                .layer("display").definedBy("dev.civkit.display..")
                .layer("widget").definedBy("dev.civkit.widget..")
                .layer("wait").definedBy("dev.civkit.wait..")
                .layer("services").definedBy("dev.civkit.outputs..", "dev.civkit.journal..", "dev.civkit.webhook..")
                .layer("client").definedBy("dev.civkit.client..")
                .layer("request").definedBy("dev.civkit.request..")
                .layer("sandbox").definedBy("dev.civkit.sandbox..")
                .layer("base").definedBy("dev.civkit.air..", "dev.civkit.json..")
                .whereLayer("entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("tools").mayOnlyBeAccessedByLayers("entry", "tools")
                .whereLayer("sweep").mayOnlyBeAccessedByLayers("entry", "tools")
                .whereLayer("dsl").mayOnlyBeAccessedByLayers("entry", "tools", "sweep")
                .whereLayer("session").mayOnlyBeAccessedByLayers("entry", "tools", "sweep", "dsl")
                .whereLayer("display").mayOnlyBeAccessedByLayers("entry", "tools", "sweep", "dsl", "session")
                .whereLayer("widget").mayOnlyBeAccessedByLayers("entry", "tools", "sweep", "dsl", "session", "display")
                .whereLayer("wait").mayOnlyBeAccessedByLayers("entry", "tools", "sweep", "dsl", "session", "display")
                .whereLayer("services").mayOnlyBeAccessedByLayers("entry", "tools", "sweep", "dsl", "session", "display", "wait")
                .whereLayer("client").mayOnlyBeAccessedByLayers("entry", "tools", "sweep", "dsl", "session", "display", "wait", "services")
                .whereLayer("request").mayOnlyBeAccessedByLayers("entry", "tools", "sweep", "dsl", "session", "display", "wait", "services", "client")
                .whereLayer("sandbox").mayOnlyBeAccessedByLayers("entry", "tools", "session")
                .check(main);
    }

    @Test
    void theSandboxSharesNothingWithTheClientSide() {
        noClasses().that().resideInAPackage("dev.civkit.sandbox..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.civkit.sandbox..", "dev.civkit.air..", "dev.civkit.json..",
                        "java..", "javax..", "com.sun.net.httpserver..", "tools.jackson..", "sun..", "jdk..")
                .check(main);
    }

    /**
     * The unit tier ({@code mvn test}) must stay fast and hermetic: its classes name no sandbox, kernel,
     * server socket, HTTP client or process. Anything that needs one belongs in the integration tier.
     */
    @Test
    void unitTierTestsUseNoSocketsOrProcesses() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("dev.civkit");
        noClasses().that(unitTagged())
                .should().dependOnClassesThat().resideInAnyPackage("dev.civkit.kernel..", "dev.civkit.webhook..",
                        "com.sun.net.httpserver..", "okhttp3..", "org.zeromq..", "java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.civkit.SandboxFixture")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.civkit.sandbox.Sandbox")
                .allowEmptyShould(false)
                .check(tests);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> unitTagged() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("tagged \"unit\"",
                c -> c.isAnnotatedWith(org.junit.jupiter.api.Tag.class)
                        && "unit".equals(c.getAnnotationOfType(org.junit.jupiter.api.Tag.class).value()));
    }

    @Test
    void theRootPackageHoldsOnlyTheEntryPoints() {
        // package-info holds the package's javadoc, not code
        classes().that().resideInAPackage("dev.civkit").and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
                .should().haveSimpleName("Civkit").orShould().haveSimpleName("WithCivkit").orShould().haveSimpleName("Help")
                .check(main);
    }
}

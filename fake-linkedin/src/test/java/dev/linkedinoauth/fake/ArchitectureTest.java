package dev.linkedinoauth.fake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The fake's floors (DESIGN.md, "Inside fake-linkedin"): each layer imports only the layers above it, no
 * package cycle, and the fake never depends on the client it is a fake for.
 */
@AnalyzeClasses(packages = "dev.linkedinoauth.fake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String F = "dev.linkedinoauth.fake";

    /** Top to bottom; a layer may use any layer before it in this list, never one after it. */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("text").definedBy(F + ".internal.text..")
            .layer("model").definedBy(F + ".model..")
            .layer("http").definedBy(F + ".internal.http..")
            .layer("state").definedBy(F + ".internal.state..")
            .layer("api").definedBy(F + ".internal.api..")
            .layer("oauth").definedBy(F + ".internal.oauth..")
            .layer("fixture").definedBy(F + ".internal.fixture..")
            .layer("admin").definedBy(F + ".internal.admin..")
            .layer("server").definedBy(F + ".internal.server..")
            .layer("facade").definedBy(F)
            .layer("junit").definedBy(F + ".junit..")
            .layer("testcontainers").definedBy(F + ".testcontainers..")
            .whereLayer("text").mayNotAccessAnyLayer()
            .whereLayer("model").mayOnlyAccessLayers("text")
            .whereLayer("http").mayOnlyAccessLayers("text", "model")
            .whereLayer("state").mayOnlyAccessLayers("text", "model", "http")
            .whereLayer("api").mayOnlyAccessLayers("text", "model", "http", "state")
            .whereLayer("oauth").mayOnlyAccessLayers("text", "model", "http", "state", "api")
            .whereLayer("fixture").mayOnlyAccessLayers("text", "model", "http", "state", "api", "oauth")
            .whereLayer("admin").mayOnlyAccessLayers("text", "model", "http", "state", "api", "oauth", "fixture")
            .whereLayer("server").mayOnlyAccessLayers("text", "model", "http", "state", "api", "oauth", "fixture", "admin")
            .whereLayer("facade").mayOnlyAccessLayers("text", "model", "http", "state", "api", "oauth", "fixture", "admin",
                    "server")
            .whereLayer("junit").mayOnlyAccessLayers("text", "model", "http", "state", "api", "oauth", "fixture", "admin",
                    "server", "facade")
            .whereLayer("testcontainers").mayOnlyAccessLayers("text", "model", "http", "state", "api", "oauth", "fixture",
                    "admin", "server", "facade");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.linkedinoauth.(**)").should().beFreeOfCycles();

    /**
     * No file cycles either (tools/import-graph.sh prints the same graph): each top-level class is a slice of
     * its own, its nested classes folded into it. One exception, which JUnit's pattern requires: the annotation
     * {@code @FakeLinkedInTest} names its extension ({@code @ExtendWith}), and the extension reads the annotation.
     * (jdeps, and so tools/import-graph.sh, does not see class values inside annotations.)
     */
    @ArchTest
    static final ArchRule noFileCycles = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            if (!javaClass.getName().startsWith("dev.linkedinoauth.")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(javaClass.getName().split("\\$", 2)[0]);
        }

        @Override
        public String getDescription() {
            return "top-level classes";
        }
    }).should().beFreeOfCycles()
            .ignoreDependency(dev.linkedinoauth.fake.junit.FakeLinkedInTest.class,
                    dev.linkedinoauth.fake.junit.FakeLinkedInExtension.class);

    /** An independent implementation of the contract: a bug in the client must not hide in the fake. */
    @ArchTest
    static final ArchRule neverTheClientNorTheCli = noClasses().that().resideInAPackage(F + "..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.linkedinoauth.core..", "dev.linkedinoauth.cli..");
}

package dev.linkedinoauth.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The library's rules (DESIGN.md, "Modules"): no package cycles; it never uses the CLI, and the fake only in tests. */
@AnalyzeClasses(packages = "dev.linkedinoauth.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.linkedinoauth.(**)").should().beFreeOfCycles();

    /**
     * No file cycles either (tools/import-graph.sh prints the same graph): each top-level class is a slice of
     * its own, its nested classes folded into it.
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
    }).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule neverTheCli = noClasses().that().resideInAPackage("dev.linkedinoauth.core..")
            .should().dependOnClassesThat().resideInAPackage("dev.linkedinoauth.cli..");

    /** The fake is a test-scope dependency: the library's main code must not need it. */
    @ArchTest
    static final ArchRule theFakeOnlyInTests = noClasses().that().resideInAPackage("dev.linkedinoauth.core..")
            .should().dependOnClassesThat().resideInAPackage("dev.linkedinoauth.fake..");
}

package dev.linkedinoauth.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The module rules (DESIGN.md, "Modules"), checked where all three modules' main classes are on the
 * classpath: the CLI sits on top; the library never uses the CLI; the fake uses neither. No package cycles.
 */
@AnalyzeClasses(packages = "dev.linkedinoauth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.linkedinoauth.(**)").should().beFreeOfCycles();

    /**
     * No file cycles in the CLI either (tools/import-graph.sh prints the same graph): each top-level class is a slice of
     * its own, its nested classes folded into it.
     */
    @ArchTest
    static final ArchRule noFileCycles = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            if (!javaClass.getName().startsWith("dev.linkedinoauth.cli.")) { // the other modules check their own
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
    static final ArchRule theLibraryNeverUsesTheCli = noClasses().that().resideInAPackage("dev.linkedinoauth.core..")
            .should().dependOnClassesThat().resideInAPackage("dev.linkedinoauth.cli..");

    @ArchTest
    static final ArchRule theFakeUsesNeitherLibraryNorCli = noClasses().that().resideInAPackage("dev.linkedinoauth.fake..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.linkedinoauth.core..", "dev.linkedinoauth.cli..");
}

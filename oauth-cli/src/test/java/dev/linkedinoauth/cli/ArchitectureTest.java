package dev.linkedinoauth.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules (DESIGN.md, "Modules"), checked where all three modules' main classes are on the
 * classpath: the CLI sits on top; the library never uses the CLI; the fake uses neither. No package cycles.
 */
@AnalyzeClasses(packages = "dev.linkedinoauth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.linkedinoauth.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theLibraryNeverUsesTheCli = noClasses().that().resideInAPackage("dev.linkedinoauth.core..")
            .should().dependOnClassesThat().resideInAPackage("dev.linkedinoauth.cli..");

    @ArchTest
    static final ArchRule theFakeUsesNeitherLibraryNorCli = noClasses().that().resideInAPackage("dev.linkedinoauth.fake..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.linkedinoauth.core..", "dev.linkedinoauth.cli..");
}

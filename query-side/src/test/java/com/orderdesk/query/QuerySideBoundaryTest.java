package com.orderdesk.query;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The query side knows the published events, never the command side's internals; its packages form no loop; and
 * read-model access says what it does: a {@code …Projection} handles events with the SQL of its {@code …Writes},
 * a {@code …Reads} answers queries.
 */
class QuerySideBoundaryTest {

    private static final JavaClasses MAIN_CLASSES =
            new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                                   .importPackages("com.orderdesk");

    @Test
    void querySideDoesNotDependOnCommandSide() {
        noClasses().that().resideInAPackage("com.orderdesk.query..")
                   .should().dependOnClassesThat().resideInAPackage("com.orderdesk.command..")
                   .check(MAIN_CLASSES);
    }

    @Test
    void querySidePackagesAreFreeOfCycles() {
        slices().matching("com.orderdesk.query.(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
    }

    @Test
    void readModelAccessIsNamedReadsOrWrites() {
        classes().that().resideInAPackage("com.orderdesk.query..").and().areAnnotatedWith(Repository.class)
                 .should().haveSimpleNameEndingWith("Reads").orShould().haveSimpleNameEndingWith("Writes")
                 .check(MAIN_CLASSES);
    }

    @Test
    void controllersReceiveTheirCallerAsAnActor() {
        noClasses().that().resideInAPackage("com.orderdesk.query..").and().areAnnotatedWith(RestController.class)
                   .should().dependOnClassesThat().resideInAPackage("org.springframework.security.oauth2.jwt..")
                   .because("controllers name their caller with web-support's Actor, resolved once from the token")
                   .check(MAIN_CLASSES);
    }
}

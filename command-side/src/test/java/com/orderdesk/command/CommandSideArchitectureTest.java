package com.orderdesk.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The command side's package structure: features and infrastructure without loops, callers named one way. */
class CommandSideArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.orderdesk.command");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("com.orderdesk.command.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void aggregatesKnowNeitherHttpNorSecurity() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                   .should().dependOnClassesThat().resideInAnyPackage("org.springframework.security..",
                                                                       "org.springframework.web..", "jakarta.servlet..")
                   .check(MAIN);
    }

    @Test
    void controllersReceiveTheirCallerAsAnActor() {
        noClasses().that().areAnnotatedWith(RestController.class)
                   .should().dependOnClassesThat().resideInAPackage("org.springframework.security.oauth2.jwt..")
                   .because("controllers name their caller with web-support's Actor, resolved once from the token")
                   .check(MAIN);
    }

    @Test
    void refusalsAndCallersDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("com.orderdesk.command.refusal..", "com.orderdesk.command.caller..",
                                              "com.orderdesk.command.web..")
                   .should().dependOnClassesThat().resideInAnyPackage(
                           "com.orderdesk.command.order..", "com.orderdesk.command.task..",
                           "com.orderdesk.command.account..", "com.orderdesk.command.support..",
                           "com.orderdesk.command.audit..", "com.orderdesk.command.privacy..")
                   .check(MAIN);
    }
}

package com.orderdesk.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The published language must stay free of frameworks that would leak into every consumer. */
class SharedEventsBoundaryTest {

    private final JavaClasses events = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.orderdesk.events");

    @Test
    void sharedEventsDependOnNeitherSpringNorJpa() {
        noClasses().should().dependOnClassesThat()
                   .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..",
                                       "org.hibernate..", "com.orderdesk.command..", "com.orderdesk.query..")
                   .check(events);
    }
}

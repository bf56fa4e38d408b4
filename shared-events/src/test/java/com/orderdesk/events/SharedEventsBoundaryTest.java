package com.orderdesk.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The published language must stay free of frameworks and storage that would leak into every consumer: how personal
 * data is sealed and where its keys are kept is the {@code personal-data} module's business.
 */
class SharedEventsBoundaryTest {

    private final JavaClasses events = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.orderdesk.events");

    @Test
    void sharedEventsDependOnNeitherSpringNorJpaNorJdbc() {
        noClasses().should().dependOnClassesThat()
                   .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..",
                                       "org.hibernate..", "java.sql..", "javax.sql..", "com.orderdesk.command..",
                                       "com.orderdesk.query..")
                   .check(events);
    }
}

package com.orderdesk.personaldata;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Both apps use this module, so it knows neither of them; the apps wire it, so it needs no Spring or JPA either. */
class PersonalDataBoundaryTest {

    private final JavaClasses personalData = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.orderdesk.personaldata");

    @Test
    void personalDataDependsOnNeitherAppNorSpringNorJpa() {
        noClasses().should().dependOnClassesThat()
                   .resideInAnyPackage("com.orderdesk.command..", "com.orderdesk.query..", "org.springframework..",
                                       "jakarta.persistence..", "javax.persistence..", "org.hibernate..")
                   .check(personalData);
    }
}

package com.orderdesk.query;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The query side knows the published events, never the command side's internals. */
class QuerySideBoundaryTest {

    @Test
    void querySideDoesNotDependOnCommandSide() {
        noClasses().that().resideInAPackage("com.orderdesk.query..")
                   .should().dependOnClassesThat().resideInAPackage("com.orderdesk.command..")
                   .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                                                 .importPackages("com.orderdesk"));
    }
}

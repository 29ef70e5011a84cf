package cn.beijing.platform.medical;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Packages by role (ARCHITECTURE.md): controllers only in api, the database only in store/events, no way back up. */
class PackageRolesTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.beijing.platform.medical");

    @Test
    void controllersLiveInApi() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("..medical.api..").check(SERVICE);
    }

    @Test
    void onlyStoreAndEventsTalkToTheDatabase() {
        noClasses().that().resideOutsideOfPackages("..medical.store..", "..medical.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.r2dbc..", "io.r2dbc..")
                .check(SERVICE);
    }

    @Test
    void lowerLayersDoNotDependOnTheApi() {
        noClasses().that().resideInAnyPackage("..medical.store..", "..medical.events..", "..medical.catalogue..",
                        "..medical.drg..", "..medical.imports..", "..medical.policy..", "..medical.parameters..")
                .should().dependOnClassesThat().resideInAPackage("..medical.api..").check(SERVICE);
        noClasses().that().resideInAnyPackage("..medical.store..", "..medical.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("..medical.catalogue..", "..medical.drg..")
                .check(SERVICE);
    }
}

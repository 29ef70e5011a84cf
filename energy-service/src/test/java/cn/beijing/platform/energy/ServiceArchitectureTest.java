package cn.beijing.platform.energy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Packages by role (ARCHITECTURE.md, STYLE.md): SQL only in store, HTTP only in api, the bus only in events. */
class ServiceArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.beijing.platform.energy");

    @Test
    void onlyTheStoreTalksToTheDatabase() {
        noClasses().that().resideOutsideOfPackage("..energy.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.r2dbc..", "io.r2dbc..")
                .check(SERVICE);
    }

    @Test
    void theStoreKnowsNothingOfHttpOrWorkflows() {
        noClasses().that().resideInAPackage("..energy.store..")
                .should().dependOnClassesThat().resideInAnyPackage("..energy.api..", "..energy.rating..",
                        "..energy.renewal..", "..energy.statistics..", "..energy.events..", "org.springframework.web..")
                .check(SERVICE);
    }

    @Test
    void onlyTheApiHandlesHttpAndOnlyEventsTalkToKafka() {
        noClasses().that().resideOutsideOfPackage("..energy.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.bind.annotation..")
                .check(SERVICE);
        noClasses().that().resideOutsideOfPackage("..energy.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                .check(SERVICE);
    }

    @Test
    void workflowsDoNotDependOnTheApi() {
        noClasses().that().resideInAnyPackage("..energy.rating..", "..energy.renewal..", "..energy.statistics..",
                        "..energy.events..")
                .should().dependOnClassesThat().resideInAPackage("..energy.api..")
                .check(SERVICE);
    }
}

package cn.beijing.platform.energy.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The policy package stays plain Java: no frameworks, no clock, no I/O, honest names. */
class PolicyArchitectureTest {

    private static final JavaClasses POLICY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.beijing.platform.energy.policy");

    @Test
    void noFrameworkImports() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.fasterxml..",
                        "tools.jackson..", "io.r2dbc..", "org.apache.kafka..", "reactor..", "org.yaml..",
                        "java.io..", "java.nio..", "java.sql..")
                .check(POLICY);
    }

    @Test
    void noClock() {
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(POLICY);
    }

    @Test
    void noVagueNames() {
        noClasses().should().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Service")
                .check(POLICY);
    }

    @Test
    void noDependencyOnTheParameterLoader() {
        noClasses().should().dependOnClassesThat().resideInAPackage("cn.beijing.platform.energy.parameters..")
                .check(POLICY);
    }
}

package cn.beijing.platform.subsidy.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The policy layer stays plain Java: no frameworks, no I/O, no clock, no *Helper/*Util/*Manager/*Service. */
class PolicyArchitectureTest {

    private static final JavaClasses POLICY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.beijing.platform.subsidy.policy");

    @Test
    void noFrameworkImports() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.fasterxml..",
                "tools.jackson..", "io.r2dbc..", "org.apache.kafka..", "reactor..", "org.yaml..", "java.io..",
                "java.nio..", "cn.beijing.platform.subsidy.parameters..").check(POLICY);
    }

    @Test
    void noClock() {
        noClasses().should().callMethod(LocalDate.class, "now").orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now").orShould().dependOnClassesThat()
                .areAssignableTo(Clock.class).check(POLICY);
    }

    @Test
    void noVagueNames() {
        classes().should().haveSimpleNameNotEndingWith("Helper").andShould().haveSimpleNameNotEndingWith("Util")
                .andShould().haveSimpleNameNotEndingWith("Utils").andShould().haveSimpleNameNotEndingWith("Manager")
                .andShould().haveSimpleNameNotEndingWith("Service").check(POLICY);
    }

    @Test
    void moneyIsNeverADouble() {
        noClasses().should().callMethod(java.math.BigDecimal.class, "valueOf", double.class)
                .orShould().callConstructor(java.math.BigDecimal.class, double.class).check(POLICY);
    }
}

package cn.beijing.platform.medical.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The policy package stays plain Java: no framework, no I/O, no clock, no vague class names. */
class PolicyPurityTest {

    private static final JavaClasses POLICY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.beijing.platform.medical.policy");

    @Test
    void noFrameworkImports() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.fasterxml..",
                "tools.jackson..", "io.r2dbc..", "org.apache.kafka..", "reactor..", "org.yaml..", "java.io..",
                "java.nio..", "java.sql..").check(POLICY);
    }

    @Test
    void noClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                .check(POLICY);
    }

    @Test
    void noDoubleArithmeticForMoney() {
        noClasses().should().callConstructor(java.math.BigDecimal.class, double.class)
                .orShould().callMethod(java.math.BigDecimal.class, "valueOf", double.class)
                .check(POLICY);
    }

    @Test
    void noHelperUtilManagerOrServiceClasses() {
        noClasses().should().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Service")
                .check(POLICY);
    }
}

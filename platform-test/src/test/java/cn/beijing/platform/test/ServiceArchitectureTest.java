package cn.beijing.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package template's rules bite: every rule fails on the planted violations of {@code archfixture} (test
 * classes, imported with ArchUnit's ClassFileImporter), and all pass on the well-formed {@code archclean}.
 */
class ServiceArchitectureTest {

    private static final String PLANTED = "cn.beijing.platform.archfixture";
    private static final String CLEAN = "cn.beijing.platform.archclean";

    @TestFactory
    Stream<DynamicTest> everyRuleFailsOnItsPlantedViolation() {
        JavaClasses planted = new ClassFileImporter().importPackages(PLANTED);
        assertThat(planted).isNotEmpty();
        return ServiceArchitecture.rules(PLANTED).stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                () -> assertThat(rule.evaluate(planted).hasViolation()).as("violated: " + rule.getDescription())
                        .isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> aServiceThatFollowsTheTemplatePasses() {
        JavaClasses clean = new ClassFileImporter().importPackages(CLEAN);
        assertThat(clean).hasSizeGreaterThan(5);
        return ServiceArchitecture.check(CLEAN, clean);
    }

    @Test
    void theCheckOfAServiceFailsOnAPlantedViolation() {
        JavaClasses planted = new ClassFileImporter().importPackages(PLANTED);
        ArchRule apiToStore = ServiceArchitecture.rules(PLANTED).stream()
                .filter(r -> r.getDescription().contains("never to the store")).findFirst().orElseThrow();
        assertThat(apiToStore.evaluate(planted).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("FixtureController") && line.contains("FixtureStore"));
    }
}

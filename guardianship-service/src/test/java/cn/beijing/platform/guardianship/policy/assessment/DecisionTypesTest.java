package cn.beijing.platform.guardianship.policy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.policy.Basis;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every decision type and every process event of the policy carries a {@code List<Basis> basis}. */
class DecisionTypesTest {

    private static final String PACKAGE = "cn.beijing.platform.guardianship.policy";
    private static final JavaClasses POLICY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    /** The decision types of the policy package: results of rule methods. */
    private static final Set<String> DECISION_NAME_ENDINGS = Set.of("Decision", "Evaluation", "Refusal", "Breach");

    private static List<Class<?>> policyRecords() {
        return POLICY.stream()
                .filter(c -> c.getPackageName().startsWith(PACKAGE))
                .<Class<?>>map(c -> c.reflect())
                .filter(Class::isRecord)
                .toList();
    }

    @Test
    void everyDecisionTypeHasABasisListComponent() {
        List<Class<?>> decisions = policyRecords().stream()
                .filter(c -> PolicyDecision.class.isAssignableFrom(c)
                        || DECISION_NAME_ENDINGS.stream().anyMatch(e -> c.getSimpleName().endsWith(e)))
                .toList();
        assertThat(decisions).extracting(Class::getSimpleName).contains("RiskEvaluation", "VisitTeamDecision",
                "EntrustmentDecision", "PoliceReportDecision", "AssessmentObligationDecision", "StepDecision",
                "RuleBreach", "ReportIssued", "ConclusionInvalidated", "AssistanceReferred");
        for (Class<?> decision : decisions) {
            assertThat(PolicyDecision.class.isAssignableFrom(decision)).as(decision.getSimpleName() + " implements PolicyDecision")
                    .isTrue();
            RecordComponent basis = Arrays.stream(decision.getRecordComponents())
                    .filter(rc -> rc.getName().equals("basis")).findFirst().orElse(null);
            assertThat(basis).as(decision.getSimpleName() + " has a basis component").isNotNull();
            assertThat(basis.getType()).isEqualTo(List.class);
            assertThat(((ParameterizedType) basis.getGenericType()).getActualTypeArguments()[0]).isEqualTo(Basis.class);
        }
    }

    @Test
    void everyProcessEventIsADecisionWithBasis() {
        for (Class<?> event : ProcessEvent.class.getPermittedSubclasses()) {
            assertThat(event.isRecord()).isTrue();
            assertThat(Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName)).contains("basis", "date");
        }
    }
}

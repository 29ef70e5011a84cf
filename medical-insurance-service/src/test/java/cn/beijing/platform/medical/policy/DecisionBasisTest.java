package cn.beijing.platform.medical.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.beijing.platform.common.basis.Basis;

/**
 * Every decision type of the policy package carries {@code List<Basis> basis}. A record is either a decision or one
 * of the known inputs / parameters / reference data listed here; a new record that is neither fails the test, so a
 * decision cannot be added without its basis.
 */
class DecisionBasisTest {

    private static final Set<Class<?>> NOT_DECISIONS = Set.of(
            // inputs
            DrugPriceInput.class, ListingPriceInput.class, OutpatientSpecialDiseaseDrugInput.class,
            DrugClaimLineInput.class, PriceItemChargeInput.class, DrgPaymentEvaluationInput.class, DrgCaseInput.class,
            SpecialCaseQuotaInput.class,
            // parameters and their plumbing
            ParameterReference.class, ParameterVersion.class, EffectiveDated.class, HerbalPieceExclusionLists.class,
            OutpatientSpecialDiseaseAddition.class, MaximumGuidePriceItem.class, PriceItemTable.class,
            ResidentContributionRates.class, SurplusRetentionRatios.class, HighCostOutlierMultipliers.class,
            WeightTrimmingParameters.class, DrgGroupingScheme.class,
            // imported reference data
            DrgGroup.class, DrgGroupTable.class, DesignatedHospitals.class);

    private static List<Class<?>> policyRecords() {
        List<Class<?>> records = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.beijing.platform.medical.policy")) {
            Class<?> type = c.reflect();
            if (type.isRecord() && type.getPackageName().equals("cn.beijing.platform.medical.policy")
                    && !type.isMemberClass() && !type.isLocalClass()) {
                records.add(type);
            }
        }
        return records;
    }

    @Test
    void everyDecisionRecordHasABasisListAndImplementsPolicyDecision() {
        List<Class<?>> records = policyRecords();
        assertThat(records).hasSizeGreaterThan(NOT_DECISIONS.size());
        for (Class<?> type : records) {
            if (NOT_DECISIONS.contains(type)) {
                continue;
            }
            assertThat(PolicyDecision.class).as(type.getSimpleName() + " is a decision").isAssignableFrom(type);
            RecordComponent basis = null;
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("basis")) {
                    basis = component;
                }
            }
            assertThat(basis).as(type.getSimpleName() + " has a basis component").isNotNull();
            assertThat(basis.getType()).isEqualTo(List.class);
            assertThat(((ParameterizedType) basis.getGenericType()).getActualTypeArguments()[0]).isEqualTo(Basis.class);
        }
    }

    @Test
    void theListOfNonDecisionsHasNoDecisionInIt() {
        for (Class<?> type : NOT_DECISIONS) {
            assertThat(PolicyDecision.class.isAssignableFrom(type)).as(type.getSimpleName()).isFalse();
        }
    }
}

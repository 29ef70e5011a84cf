package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.medical.policy.MedicalInsuranceDocuments;

/**
 * Rules the auditors' cases run against fixtures that exist only in tests: the shipped SAMPLE group table and
 * hospital list (the official 附件 are imported over the API), and the weight trimming under other fences. Declared
 * in test sources, so they are in the test rule book only.
 */
final class SampleTableRules {

    private SampleTableRules() {
    }

    /** 京医保发〔2024〕24号 三: a case settled against the SAMPLE group table and hospital list. */
    @Rule(id = "drg-case-settlement", document = MedicalInsuranceDocuments.DRG_2_0, article = "三")
    public static final class SampleTableSettlement implements Decides<DrgCaseInput, DrgCaseSettlementDecision> {

        private final DrgSettlement settlement;
        private final DrgGroupTable groups = DrgReferenceDataCsv.sampleGroupTable();
        private final DesignatedHospitals hospitals = DrgReferenceDataCsv.sampleDesignatedHospitals();

        public SampleTableSettlement(DrgSettlement settlement) {
            this.settlement = settlement;
        }

        /** The input's discharge date decides. */
        @Override
        public DrgCaseSettlementDecision decide(DrgCaseInput input, LocalDate date) {
            return settlement.settle(input, groups, hospitals);
        }
    }

    /** 京医保发〔2024〕24号 二(一): the weights under the given fence multipliers instead of the shipped ones. */
    @Rule(id = "drg-weights-with-fences", document = MedicalInsuranceDocuments.DRG_2_0, article = "二(一)")
    public static final class WeightsWithFences
            implements Decides<WeightsWithFences.Input, DrgWeightCalculationResult> {

        public record Input(BigDecimal lowerFenceMultiplier, BigDecimal upperFenceMultiplier,
                            Map<String, List<BigDecimal>> costsByGroup) {
        }

        private final ParameterSet parameters;

        public WeightsWithFences(ParameterSet parameters) {
            this.parameters = parameters;
        }

        @Override
        public DrgWeightCalculationResult decide(Input input, LocalDate decisionDate) {
            WeightTrimmingParameters fences = new WeightTrimmingParameters(input.lowerFenceMultiplier(),
                    input.upperFenceMultiplier(), QuartileMethod.R7_LINEAR_INTERPOLATION, 4);
            DrgWeightCalculation calculation = new DrgWeightCalculation(parameters.with("drg-weight-trimming",
                    EffectiveDated.single("drg-weight-trimming-test", LocalDate.of(2025, 1, 1), fences)));
            return calculation.decide(new DrgWeightCalculation.Costs(input.costsByGroup()), decisionDate);
        }
    }
}

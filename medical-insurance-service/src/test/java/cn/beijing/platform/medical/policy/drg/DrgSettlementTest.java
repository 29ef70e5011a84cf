package cn.beijing.platform.medical.policy.drg;

import static cn.beijing.platform.medical.policy.ShippedParameters.d;
import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.ShippedParameters;

class DrgSettlementTest {

    private final DrgSettlement rule = ShippedParameters.RULES.get(DrgSettlement.class);
    private final DrgGroupTable groups = DrgReferenceDataCsv.sampleGroupTable();
    private final DesignatedHospitals hospitals = DrgReferenceDataCsv.sampleDesignatedHospitals();

    private DrgPaymentEvaluation evaluate(String weight, Insurance insurance, String cost, String discharge) {
        return rule.evaluate(new DrgPaymentEvaluationInput(d(weight), false, insurance, d(cost), day(discharge)));
    }

    @ParameterizedTest(name = "{0} cost {1} vs standard 20425 -> payment {2}, retained {3}")
    @CsvSource({
            // employee insurance: the whole surplus is retained
            "EMPLOYEE, 20425.00, 20425.00, 0.00",      // at the standard: no surplus
            "EMPLOYEE, 20424.99, 20425.00, 0.01",      // just below
            "EMPLOYEE, 15000.00, 20425.00, 5425.00",
            "EMPLOYEE, 0.00, 20425.00, 20425.00",
            "EMPLOYEE, 20425.01, 20425.00, 0.00",      // just above: paid the standard
            "EMPLOYEE, 30000.00, 20425.00, 0.00",
            // resident insurance: half the surplus is retained
            "RESIDENT, 20425.00, 20425.00, 0.00",
            "RESIDENT, 20424.99, 20425.00, 0.01",      // 0.005 -> HALF_UP 0.01
            "RESIDENT, 20424.98, 20424.99, 0.01",
            "RESIDENT, 15000.00, 17712.50, 2712.50",
            "RESIDENT, 20425.01, 20425.00, 0.00",
            "RESIDENT, 30000.00, 20425.00, 0.00"
    })
    void paysCostPlusRetainedSurplusUnderTheStandardAndTheStandardOverIt(Insurance insurance, String cost,
                                                                         String payment, String retained) {
        DrgPaymentEvaluation e = evaluate("1", insurance, cost, "2025-01-01");
        assertThat(e.rate()).isEqualByComparingTo("20425");
        assertThat(e.standard()).isEqualByComparingTo("20425");
        assertThat(e.payment()).isEqualByComparingTo(payment);
        assertThat(e.retainedSurplus()).isEqualByComparingTo(retained);
        assertThat(e.basis()).contains(Basis.of("京医保发〔2024〕24号", "二(二)")
                .withParameters("drg-surplus-retention@2025-01-01"));
    }

    @Test
    void theInfectiousDiseaseSpecialtyRateRaisesTheStandard() {
        DrgPaymentEvaluation e = rule.evaluate(new DrgPaymentEvaluationInput(d("1"), true, Insurance.RESIDENT,
                d("20000"), day("2025-03-01")));
        assertThat(e.rate()).isEqualByComparingTo("20834");
        assertThat(e.standard()).isEqualByComparingTo("20834");
        assertThat(e.retainedSurplus()).isEqualByComparingTo("417.00");
        assertThat(e.payment()).isEqualByComparingTo("20417.00");
    }

    @Test
    void dischargeOnDecember31IsRefusedAndOnJanuaryFirstPriced() {
        assertThatThrownBy(() -> evaluate("1", Insurance.EMPLOYEE, "100", "2024-12-31"))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("dischargeDate"));
        assertThat(evaluate("1", Insurance.EMPLOYEE, "100", "2025-01-01").payment()).isEqualByComparingTo("20425");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> evaluate("1", null, "1", "2025-01-01"))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("insurance"));
        assertThatThrownBy(() -> evaluate("1", Insurance.EMPLOYEE, "-0.01", "2025-01-01"))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("actualCost"));
        assertThatThrownBy(() -> evaluate("0", Insurance.EMPLOYEE, "1", "2025-01-01"))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("weight"));
    }

    // ---- scope (三), the 33 kept groups (二(一)), special cases (四) --------------------------------------------

    private DrgCaseSettlementDecision settle(String group, String hospital, Insurance insurance, String cost,
                                             boolean special, HospitalLevel level) {
        return rule.settle(new DrgCaseInput(group, hospital, level, false, insurance, d(cost), day("2025-02-01"),
                special), groups, hospitals);
    }

    @Test
    void designatedHospitalEmployeeCasesOfDrgGroupsArePaidByDrg() {
        DrgCaseSettlementDecision s = settle("SAMPLE-D02", "SAMPLE-H001", Insurance.EMPLOYEE, "40000", false, null);
        assertThat(s.method()).isEqualTo(DrgPaymentMethod.DRG);
        assertThat(s.standard()).isEqualByComparingTo("51062.50");   // 2.5 x 20425
        assertThat(s.payment()).isEqualByComparingTo("51062.50");
        assertThat(s.retainedSurplus()).isEqualByComparingTo("11062.50");
        assertThat(s.basis()).extracting(Basis::article).contains("二(一)", "二(二)", "三", "五");
    }

    @Test
    void perItemGroupsArePaidPerItemWithDrgSimulatedBeside() {
        DrgCaseSettlementDecision s = settle("SAMPLE-P01", "SAMPLE-H001", Insurance.EMPLOYEE, "10000", false, null);
        assertThat(s.method()).isEqualTo(DrgPaymentMethod.PER_ITEM_WITH_DRG_SIMULATION);
        assertThat(s.payment()).isEqualByComparingTo("10000.00");
        assertThat(s.retainedSurplus()).isEqualByComparingTo("0");
        assertThat(s.standard()).isEqualByComparingTo("16340.00");   // 0.8 x 20425
        assertThat(s.simulation().payment()).isEqualByComparingTo("16340.00");
        assertThat(s.simulation().retainedSurplus()).isEqualByComparingTo("6340.00");
        assertThat(s.basis()).extracting(Basis::article).contains("三");
    }

    @Test
    void residentCasesAndOtherHospitalsAreOutsideDrgExceptForTheKeptGroups() {
        assertThat(settle("SAMPLE-D01", "SAMPLE-H001", Insurance.RESIDENT, "100", false, null).method())
                .isEqualTo(DrgPaymentMethod.NOT_DRG_PAID);
        DrgCaseSettlementDecision other = settle("SAMPLE-D01", "OTHER-H", Insurance.EMPLOYEE, "100", false, null);
        assertThat(other.method()).isEqualTo(DrgPaymentMethod.NOT_DRG_PAID);
        assertThat(other.payment()).isEqualByComparingTo("100.00");
        assertThat(other.standard()).isNull();
    }

    @ParameterizedTest(name = "kept group at {0}, {1}, cost {2} -> payment {3}")
    @CsvSource({
            "SAMPLE-H001, EMPLOYEE, 20000, 30000.00, 10000.00",
            "OTHER-H, EMPLOYEE, 20000, 30000.00, 10000.00",
            "SAMPLE-H001, RESIDENT, 20000, 25000.00, 5000.00",
            "OTHER-H, RESIDENT, 20000, 25000.00, 5000.00",
            "OTHER-H, RESIDENT, 30000, 30000.00, 0.00",
            "OTHER-H, RESIDENT, 30000.01, 30000.00, 0.00"
    })
    void theKeptGroupsArePaidByDrgAtTheirPreviousStandardEverywhere(String hospital, Insurance insurance, String cost,
                                                                     String payment, String retained) {
        DrgCaseSettlementDecision s = settle("SAMPLE-K01", hospital, insurance, cost, false, null);
        assertThat(s.method()).isEqualTo(DrgPaymentMethod.DRG_KEPT_PREVIOUS_STANDARD);
        assertThat(s.rate()).isNull();
        assertThat(s.standard()).isEqualByComparingTo("30000.00");
        assertThat(s.payment()).isEqualByComparingTo(payment);
        assertThat(s.retainedSurplus()).isEqualByComparingTo(retained);
        assertThat(s.basis()).extracting(Basis::article).contains("二(一)", "三", "二(二)");
    }

    @Test
    void theKeptStandardIgnoresTheSpecialtyUplift() {
        DrgCaseSettlementDecision s = rule.settle(new DrgCaseInput("SAMPLE-K01", "OTHER-H", null, true,
                Insurance.EMPLOYEE, d("1"), day("2025-01-01"), false), groups, hospitals);
        assertThat(s.standard()).isEqualByComparingTo("30000.00");
    }

    @Test
    void anApprovedSpecialCaseIsPaidPerItem() {
        DrgCaseSettlementDecision s = settle("SAMPLE-D01", "SAMPLE-H001", Insurance.EMPLOYEE, "90000", true, null);
        assertThat(s.method()).isEqualTo(DrgPaymentMethod.SPECIAL_CASE_PER_ITEM);
        assertThat(s.payment()).isEqualByComparingTo("90000.00");
        assertThat(s.standard()).isEqualByComparingTo("20425.00");
        assertThat(s.basis()).extracting(Basis::article).contains("四");
        assertThat(settle("SAMPLE-K01", "OTHER-H", Insurance.RESIDENT, "90000", true, null).method())
                .isEqualTo(DrgPaymentMethod.SPECIAL_CASE_PER_ITEM);
    }

    @Test
    void onlyDrgPaidCasesCanBeSpecialCases() {
        assertThatThrownBy(() -> settle("SAMPLE-D01", "OTHER-H", Insurance.EMPLOYEE, "1", true, null))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("approvedSpecialCase"));
        assertThatThrownBy(() -> settle("SAMPLE-P01", "SAMPLE-H001", Insurance.EMPLOYEE, "1", true, null))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("approvedSpecialCase"));
    }

    @Test
    void flagsHighCostCasesAboveThreeOrTwoTimesTheStandard() {
        // tertiary: 3 x 20425 = 61275
        assertThat(settle("SAMPLE-D01", "SAMPLE-H001", Insurance.EMPLOYEE, "61275.00", false, HospitalLevel.TERTIARY)
                .highCost().flagged()).isFalse();
        assertThat(settle("SAMPLE-D01", "SAMPLE-H001", Insurance.EMPLOYEE, "61275.01", false, HospitalLevel.TERTIARY)
                .highCost().flagged()).isTrue();
        // secondary: 2 x 20425 = 40850
        assertThat(settle("SAMPLE-D01", "SAMPLE-H001", Insurance.EMPLOYEE, "40850.00", false, HospitalLevel.SECONDARY)
                .highCost().flagged()).isFalse();
        DrgCaseSettlementDecision above = settle("SAMPLE-D01", "SAMPLE-H001", Insurance.EMPLOYEE, "40850.01", false,
                HospitalLevel.SECONDARY);
        assertThat(above.highCost().flagged()).isTrue();
        assertThat(above.highCost().threshold()).isEqualByComparingTo("40850.00");
        assertThat(above.payment()).as("the flag alone does not change the payment").isEqualByComparingTo("20425.00");
        assertThat(settle("SAMPLE-D01", "SAMPLE-H001", Insurance.EMPLOYEE, "1", false, null).highCost()).isNull();
        assertThatThrownBy(() -> settle("SAMPLE-D01", "SAMPLE-H001", Insurance.EMPLOYEE, "1", false,
                HospitalLevel.PRIMARY)).isInstanceOfSatisfying(PolicyInputException.class,
                e -> assertThat(e.field()).isEqualTo("hospitalLevel"));
    }

    @Test
    void rejectsUnknownGroupsAndPre2025Discharges() {
        assertThatThrownBy(() -> settle("NOPE", "SAMPLE-H001", Insurance.EMPLOYEE, "1", false, null))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("groupCode"));
        assertThatThrownBy(() -> rule.settle(new DrgCaseInput("SAMPLE-K01", "OTHER-H", null, false,
                Insurance.RESIDENT, d("1"), day("2024-12-31"), false), groups, hospitals))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("dischargeDate"));
        assertThatThrownBy(() -> rule.settle(new DrgCaseInput("SAMPLE-D01", " ", null, false,
                Insurance.RESIDENT, d("1"), day("2025-01-01"), false), groups, hospitals))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("hospitalCode"));
    }
}

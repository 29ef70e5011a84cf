package cn.beijing.platform.energy.policy.rating;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.ParameterNotInForceException;
import cn.beijing.platform.policy.EffectiveDated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.rating.EnergyGrade.Obligation;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class EnergyGradeTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private final EnergyGrade grade = ShippedPolicies.POLICIES.get(EnergyGrade.class);

    private EnergyGrade.Decision evaluate(String e, String g, String c) {
        return grade.decide(new EnergyGrade.Input(new BigDecimal(e), new BigDecimal(g), new BigDecimal(c)), DAY);
    }

    /** G = 60, C = 80: 1.5·C = 120, 1.8·C = 144. */
    @ParameterizedTest(name = "E = {0} → grade {1}")
    @CsvSource({
            "0, 1",
            "59.99, 1",
            "60, 1",        // 不超过引导值
            "60.01, 2",
            "79.99, 2",
            "80, 2",        // 不超过约束值
            "80.01, 3",
            "119.99, 3",
            "120, 3",       // 不超过约束值的1.5倍
            "120.01, 4",
            "143.99, 4",
            "144, 4",       // 不超过约束值的1.8倍
            "144.01, 5",
            "500, 5"})
    void gradeBoundaries(String e, int expected) {
        assertThat(evaluate(e, "60", "80").grade()).isEqualTo(expected);
    }

    @Test
    void boundsAreReported() {
        EnergyGrade.Decision d = evaluate("100", "60", "80");
        assertThat(d.thirdGradeUpperBound()).isEqualByComparingTo("120");
        assertThat(d.fourthGradeUpperBound()).isEqualByComparingTo("144");
        assertThat(d.basis()).contains(Basis.of("京建法〔2024〕12号", "第五条")
                .withParameters("energy-grade-multipliers@2025-02-01"));
    }

    @ParameterizedTest(name = "grade {1}: demonstration {2}, green label {3}")
    @CsvSource({
            "60, 1, true, true",
            "80, 2, true, true",
            "120, 3, false, true",
            "144, 4, false, true",
            "144.01, 5, false, false"})
    void eligibilityByGrade(String e, int expectedGrade, boolean demonstration, boolean greenLabel) {
        EnergyGrade.Decision d = evaluate(e, "60", "80");
        assertThat(d.grade()).isEqualTo(expectedGrade);
        assertThat(d.labelEligible()).isTrue();
        assertThat(d.demonstrationEligible()).isEqualTo(demonstration);
        assertThat(d.greenBuildingLabelEligible()).isEqualTo(greenLabel);
    }

    @Test
    void gradesOneAndTwoCarryNoObligation() {
        assertThat(evaluate("60", "60", "80").obligations()).isEmpty();
        assertThat(evaluate("80", "60", "80").obligations()).isEmpty();
        assertThat(evaluate("80", "60", "80").basis()).extracting(Basis::article).doesNotContain("第九条");
    }

    @Test
    void gradesThreeAndFourRequireGreenOperationAndOfferGeneralAudit() {
        List<Obligation> expected = List.of(Obligation.GREEN_OPERATION_MANAGEMENT, Obligation.GENERAL_AUDIT_OFFERED);
        assertThat(evaluate("80.01", "60", "80").obligations()).isEqualTo(expected);
        assertThat(evaluate("144", "60", "80").obligations()).isEqualTo(expected);
        assertThat(evaluate("144", "60", "80").basis()).contains(Basis.of("京建法〔2024〕12号", "第九条")
                .withParameters("energy-grade-obligations@2025-02-01"));
    }

    @Test
    void gradeFiveRequiresDeepAuditAndEquipmentDiagnosis() {
        assertThat(evaluate("144.01", "60", "80").obligations())
                .containsExactly(Obligation.DEEP_AUDIT, Obligation.EQUIPMENT_DIAGNOSIS);
    }

    @Test
    void guideEqualToConstraintIsAccepted() {
        assertThat(evaluate("80", "80", "80").grade()).isEqualTo(1);
        assertThat(evaluate("80.01", "80", "80").grade()).isEqualTo(3);
    }

    @Test
    void rejectsGuideAboveConstraint() {
        assertRefusedNaming("guideValue", () -> evaluate("50", "80.01", "80"));
    }

    @Test
    void rejectsNegativeOrZeroValues() {
        assertRefusedNaming("intensity", () -> evaluate("-0.01", "60", "80"));
        assertRefusedNaming("guideValue", () -> evaluate("10", "-1", "80"));
        assertRefusedNaming("guideValue", () -> evaluate("10", "0", "0"));
        assertRefusedNaming("constraintValue", () -> evaluate("10", "60", "-80"));
    }

    @Test
    void multipliersAreNotInForceBeforeFebruary2025() {
        EnergyGrade.Input input = new EnergyGrade.Input(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN);
        assertThatThrownBy(() -> grade.decide(input, LocalDate.of(2025, 1, 31)))
                .isInstanceOf(ParameterNotInForceException.class);
        assertThat(grade.decide(input, LocalDate.of(2025, 2, 1)).grade()).isEqualTo(1);
    }

    @Test
    void anAdjustedRuleAppliesFromItsOwnDate() {
        // 第五条 "适时调整能效分级规则": a later version with other multipliers is chosen by the decision date.
        LocalDate from = LocalDate.of(2025, 2, 1);
        LocalDate adjusted = LocalDate.of(2027, 1, 1);
        EffectiveDated<EnergyGrade.Multipliers> multipliers = new EffectiveDated<>("energy-grade-multipliers", List.of(
                new EffectiveDated.Version<>(from, null,
                        new EnergyGrade.Multipliers(new BigDecimal("1.5"), new BigDecimal("1.8"))),
                new EffectiveDated.Version<>(adjusted, null,
                        new EnergyGrade.Multipliers(new BigDecimal("1.3"), new BigDecimal("1.6")))));
        EnergyGrade adjustedGrade = new EnergyGrade(ShippedPolicies.PARAMETERS.with("energy-grade-multipliers",
                multipliers));
        EnergyGrade.Input input = new EnergyGrade.Input(new BigDecimal("110"), new BigDecimal("60"),
                new BigDecimal("80"));
        assertThat(adjustedGrade.decide(input, adjusted.minusDays(1)).grade()).isEqualTo(3);
        EnergyGrade.Decision after = adjustedGrade.decide(input, adjusted);
        assertThat(after.grade()).isEqualTo(4);
        assertThat(after.basis().get(0).parameters()).isEqualTo("energy-grade-multipliers@2027-01-01");
    }

    @Test
    void levelRejectsUnknownGrade() {
        assertRefusedNaming("grade", () -> EnergyGrade.Level.of(6, "grade"));
        assertThat(EnergyGrade.Level.of(5, "grade")).isEqualTo(EnergyGrade.Level.FIVE);
    }

    @Test
    void shippedEligibilityTables() {
        record Grades(Set<Integer> grades) {
        }
        var p = ShippedPolicies.PARAMETERS;
        assertThat(p.get("demonstration-eligible-grades", Grades.class).on(DAY).value().grades())
                .isEqualTo(Set.of(1, 2));
        assertThat(p.get("green-building-label-eligible-grades", Grades.class).on(DAY).value().grades())
                .isEqualTo(Set.of(1, 2, 3, 4));
    }
}

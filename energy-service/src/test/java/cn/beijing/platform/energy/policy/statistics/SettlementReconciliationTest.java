package cn.beijing.platform.energy.policy.statistics;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.statistics.SettlementReconciliation.Comparison;
import cn.beijing.platform.energy.policy.statistics.SettlementReconciliation.FlagReason;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class SettlementReconciliationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);
    private final SettlementReconciliation reconciliation = ShippedPolicies.POLICIES.get(SettlementReconciliation.class);

    private SettlementReconciliation.Decision reconcile(EnergyCarrier carrier, String owner, String utility) {
        return reconciliation.reconcile(new Comparison("B1", carrier, 2024,
                owner == null ? null : new BigDecimal(owner), utility == null ? null : new BigDecimal(utility)), DAY);
    }

    @ParameterizedTest(name = "owner {0} vs utility 1000 → flagged {1}")
    @CsvSource({
            "1000, false",
            "1049.99, false",
            "1050, false",      // exactly 5%: not above the tolerance
            "1050.01, true",
            "950, false",
            "949.99, true"})
    void toleranceBoundary(String owner, boolean flagged) {
        SettlementReconciliation.Decision d = reconcile(EnergyCarrier.ELECTRICITY, owner, "1000");
        assertThat(d.flagged()).isEqualTo(flagged);
        assertThat(d.reason()).isEqualTo(flagged ? FlagReason.DIFFERENCE_ABOVE_TOLERANCE : null);
    }

    @Test
    void reportsDifferenceAndRelativeDifference() {
        SettlementReconciliation.Decision d = reconcile(EnergyCarrier.HEAT, "1100", "1000");
        assertThat(d.difference()).isEqualByComparingTo("100");
        assertThat(d.relativeDifference()).isEqualByComparingTo("0.1");
        assertThat(d.tolerance()).isEqualByComparingTo("0.05");
        assertThat(d.basis()).contains(Basis.of("京建法〔2024〕13号", "第五条")
                .withParameters("settlement-reconciliation-tolerance@2025-02-01"));
    }

    @Test
    void missingFiguresAreFlagged() {
        assertThat(reconcile(EnergyCarrier.WATER, null, "5").reason()).isEqualTo(FlagReason.OWNER_FIGURE_MISSING);
        assertThat(reconcile(EnergyCarrier.WATER, "5", null).reason()).isEqualTo(FlagReason.UTILITY_FIGURE_MISSING);
    }

    @Test
    void zeroUtilityFigure() {
        assertThat(reconcile(EnergyCarrier.NATURAL_GAS, "0", "0").flagged()).isFalse();
        SettlementReconciliation.Decision d = reconcile(EnergyCarrier.NATURAL_GAS, "0.01", "0");
        assertThat(d.reason()).isEqualTo(FlagReason.UTILITY_FIGURE_ZERO);
        assertThat(d.relativeDifference()).isNull();
    }

    @Test
    void rejectsCarriersUtilitiesDoNotSettle() {
        assertRefusedNaming("carrier", () -> reconcile(EnergyCarrier.COAL, "1", "1"));
    }

    @Test
    void rejectsNegativeFiguresAndNamesTheBatchPosition() {
        assertRefusedNaming("ownerFigure", () -> reconcile(EnergyCarrier.ELECTRICITY, "-1", "1"));
        assertRefusedNaming("comparisons[1].utilityFigure", () -> reconciliation.reconcile(List.of(
                new Comparison("B1", EnergyCarrier.ELECTRICITY, 2024, BigDecimal.ONE, BigDecimal.ONE),
                new Comparison("B2", EnergyCarrier.ELECTRICITY, 2024, BigDecimal.ONE, new BigDecimal("-2"))), DAY));
    }
}

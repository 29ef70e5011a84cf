package cn.beijing.platform.medical.policy.drg;

import static cn.beijing.platform.medical.policy.ShippedParameters.d;
import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.ShippedParameters;

class DrgPaymentStandardTest {

    private final DrgPaymentStandard rule = ShippedParameters.RULES.get(DrgPaymentStandard.class);

    @ParameterizedTest(name = "weight {0}, specialty {1} -> rate {2}, standard {3}")
    @CsvSource({
            "1, false, 20425.00, 20425.00",
            "1.2345, false, 20425.00, 25214.66",     // 25214.6625 -> HALF_UP
            "0.0001, false, 20425.00, 2.04",         // 2.0425
            "1, true, 20834.00, 20834.00",
            "1.2345, true, 20834.00, 25719.57",      // 25719.573
            "2.5, true, 20834.00, 52085.00"
    })
    void standardIsWeightTimesRate(String weight, boolean specialty, String rate, String standard) {
        DrgPaymentStandardDecision decision = rule.standardFor(d(weight), specialty, day("2025-01-01"));
        assertThat(decision.rate()).isEqualByComparingTo(rate);
        assertThat(decision.standard()).isEqualByComparingTo(standard);
        assertThat(decision.standard().scale()).isEqualTo(2);
        assertThat(decision.basis()).containsExactly(
                Basis.of("京医保发〔2024〕24号", "二(一)").withParameters(specialty
                        ? "drg-infectious-disease-specialty-rate@2025-01-01" : "drg-base-rate@2025-01-01"),
                Basis.of("京医保发〔2024〕24号", "五").withParameters("drg-base-rate@2025-01-01"));
    }

    @Test
    void theSpecialtyRateIsTheBaseRatePlusTwoPercentRoundedToTheYuan() {
        BigDecimal base = ShippedParameters.parameter("drg-base-rate", BigDecimal.class).versions().get(0).value();
        BigDecimal uplift = ShippedParameters.parameter("drg-infectious-disease-specialty-uplift", BigDecimal.class).versions().get(0).value();
        BigDecimal specialty = ShippedParameters.parameter("drg-infectious-disease-specialty-rate", BigDecimal.class).versions().get(0).value();
        assertThat(base).isEqualByComparingTo("20425");
        assertThat(uplift).isEqualByComparingTo("2");
        assertThat(base.multiply(d("1.02"))).isEqualByComparingTo("20833.5");
        assertThat(base.multiply(BigDecimal.ONE.add(uplift.movePointLeft(2))).setScale(0, RoundingMode.HALF_UP))
                .isEqualByComparingTo(specialty).isEqualByComparingTo("20834");
    }

    @Test
    void casesDischargedBefore2025AreNotPricedByDrg20() {
        assertThat(rule.standardFor(BigDecimal.ONE, false, day("2025-01-01")).standard()).isEqualByComparingTo("20425");
        assertThatThrownBy(() -> rule.standardFor(BigDecimal.ONE, false, day("2024-12-31")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("dischargeDate");
                    assertThat(e.getMessage()).doesNotContain("null");
                });
        assertThatThrownBy(() -> rule.standardFor(BigDecimal.ONE, true, day("2024-12-31")))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("dischargeDate"));
        assertThatThrownBy(() -> rule.standardFor(BigDecimal.ONE, false, null))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("dischargeDate"));
    }

    @Test
    void rejectsANonPositiveWeight() {
        for (String weight : new String[] {"0", "-0.0001"}) {
            assertThatThrownBy(() -> rule.standardFor(d(weight), false, day("2025-01-01")))
                    .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("weight"));
        }
        assertThatThrownBy(() -> rule.standardFor(null, false, day("2025-01-01")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("weight"));
    }
}

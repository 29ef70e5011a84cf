package cn.beijing.platform.medical.policy.drug;

import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.EffectiveDated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.ShippedParameters;

class DroppedNegotiatedDrugTransitionTest {

    private final DroppedNegotiatedDrugTransition rule = ShippedParameters.RULES.get(DroppedNegotiatedDrugTransition.class);

    @ParameterizedTest(name = "{0} -> payable at original standard: {1}")
    @CsvSource({
            "2025-01-01, true",   // first day of the 2024 catalogue
            "2025-06-29, true",
            "2025-06-30, true",   // "6月底前": the last day is included
            "2025-07-01, false",  // the day after
            "2026-01-01, false"
    })
    void paysAtTheOriginalStandardUntilTheEndOfJune(String serviceDate, boolean payable) {
        DroppedNegotiatedDrugTransitionDecision decision = rule.evaluate(day(serviceDate));
        assertThat(decision.payableAtOriginalStandard()).isEqualTo(payable);
        assertThat(decision.lastPayableDay()).isEqualTo(day("2025-06-30"));
        assertThat(decision.basis()).containsExactly(Basis.of("京医保发〔2024〕21号", "一(五)")
                .withParameters("dropped-negotiated-drug-transition@2025-01-01"));
    }

    @Test
    void theTransitionIsSixMonthsFromTheCatalogueStart() {
        EffectiveDated.Version<java.time.LocalDate> v = ShippedParameters.parameter("dropped-negotiated-drug-transition", java.time.LocalDate.class)
                .versions().get(0);
        assertThat(v.validFrom().plusMonths(6).minusDays(1)).isEqualTo(v.value());
    }

    @Test
    void aServiceBeforeTheCatalogueStartIsOutsideTheRule() {
        assertThatThrownBy(() -> rule.evaluate(day("2024-12-31")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("serviceDate"));
        assertThatThrownBy(() -> rule.evaluate(null))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("serviceDate"));
    }
}

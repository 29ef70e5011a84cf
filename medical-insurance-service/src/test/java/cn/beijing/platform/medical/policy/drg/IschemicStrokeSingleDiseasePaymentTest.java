package cn.beijing.platform.medical.policy.drg;

import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.ShippedParameters;

class IschemicStrokeSingleDiseasePaymentTest {

    private final IschemicStrokeSingleDiseasePayment rule =
            ShippedParameters.RULES.get(IschemicStrokeSingleDiseasePayment.class);

    @Test
    void isCancelledForDischargesFromJanuaryFirst() {
        SingleDiseasePaymentDecision decision = rule.evaluate(day("2025-01-01"));
        assertThat(decision.available()).isFalse();
        assertThat(decision.basis()).containsExactly(Basis.of("京医保发〔2024〕24号", "五")
                .withParameters("ischemic-stroke-single-disease-payment@2025-01-01"));
        assertThat(rule.evaluate(day("2025-01-02")).available()).isFalse();
    }

    @Test
    void aDischargeBefore2025IsNotDecidedByThisNotice() {
        assertThatThrownBy(() -> rule.evaluate(day("2024-12-31")))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("dischargeDate"));
    }
}

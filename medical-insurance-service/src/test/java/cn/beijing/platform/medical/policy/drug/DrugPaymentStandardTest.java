package cn.beijing.platform.medical.policy.drug;

import static cn.beijing.platform.medical.policy.ShippedParameters.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.ShippedParameters;

class DrugPaymentStandardTest {

    private final DrugPaymentStandard rule = ShippedParameters.RULES.get(DrugPaymentStandard.class);

    @ParameterizedTest(name = "P={0} S={1} q={2} -> base {3}, extra {4}")
    @CsvSource({
            // P = S: all reimbursable, nothing extra
            "10.00, 10.00, 3, 30.00, 0.00",
            // P just below S: reimbursed at the actual price
            "9.99, 10.00, 3, 29.97, 0.00",
            // P just above S: 0.01 per unit borne by the insured
            "10.01, 10.00, 3, 30.00, 0.03",
            // far above and far below
            "25.00, 10.00, 2, 20.00, 30.00",
            "0.00, 10.00, 5, 0.00, 0.00",
            // fractional quantity, rounding HALF_UP once on the total
            "10.005, 10.00, 1, 10.00, 0.01",
            "3.333, 10.00, 1.5, 5.00, 0.00"
    })
    void splitsThePriceAtThePaymentStandard(String p, String s, String q, String base, String extra) {
        DrugPriceEvaluation e = rule.evaluate(new DrugPriceInput(d(p), d(s), d(q)));
        assertThat(e.reimbursableBase()).isEqualByComparingTo(base);
        assertThat(e.insuredExtra()).isEqualByComparingTo(extra);
        assertThat(e.reimbursableBase().scale()).isEqualTo(2);
        assertThat(e.insuredExtra().scale()).isEqualTo(2);
        assertThat(e.basis()).containsExactly(Basis.of("京医保发〔2024〕21号", "一(三)"));
    }

    @Test
    void refusesANegativePrice() {
        assertThatThrownBy(() -> rule.evaluate(new DrugPriceInput(d("-0.01"), d("10"), d("1"))))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("price"));
    }

    @Test
    void refusesAZeroOrNegativeQuantity() {
        assertThatThrownBy(() -> rule.evaluate(new DrugPriceInput(d("1"), d("10"), d("0"))))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        assertThatThrownBy(() -> rule.evaluate(new DrugPriceInput(d("1"), d("10"), d("-1"))))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
    }

    @Test
    void refusesAMissingOrNonPositivePaymentStandard() {
        assertThatThrownBy(() -> rule.evaluate(new DrugPriceInput(d("1"), null, d("1"))))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("paymentStandard"));
        assertThatThrownBy(() -> rule.evaluate(new DrugPriceInput(d("1"), d("0"), d("1"))))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("paymentStandard"));
    }

    /** The one policy input error of platform-policy, which platform-common answers 422 naming the field. */
    @Test
    void theHttpLayerSeesTheFieldThroughTheCommonPolicyInputType() {
        assertThatThrownBy(() -> rule.evaluate(new DrugPriceInput(d("-1"), d("10"), d("1"))))
                .isInstanceOfSatisfying(cn.beijing.platform.policy.PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("price"));
    }
}

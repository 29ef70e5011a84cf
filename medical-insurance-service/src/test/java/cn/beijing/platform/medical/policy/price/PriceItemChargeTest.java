package cn.beijing.platform.medical.policy.price;

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

class PriceItemChargeTest {

    private final PriceItemCharge rule = ShippedParameters.RULES.get(PriceItemCharge.class);

    private PriceItemChargeDecision charge(String code, String price, String serviceDate, String billingDate) {
        return rule.evaluate(new PriceItemChargeInput(code, d(price), day(serviceDate),
                billingDate == null ? null : day(billingDate)));
    }

    @ParameterizedTest(name = "KNC32701 at {0} -> {1}")
    @CsvSource({
            "50.00, ACCEPTED",
            "49.99, ACCEPTED",
            "50.01, REFUSED_ABOVE_MAXIMUM_GUIDE_PRICE",
            "0.00, ACCEPTED",       // 下浮幅度不限
            "1.00, ACCEPTED",
            "500.00, REFUSED_ABOVE_MAXIMUM_GUIDE_PRICE"
    })
    void autologousBloodIrradiationIsCappedAtFiftyYuan(String price, PriceItemChargeStatus status) {
        PriceItemChargeDecision decision = charge("KNC32701", price, "2024-12-28", null);
        assertThat(decision.status()).isEqualTo(status);
        assertThat(decision.accepted()).isEqualTo(status.accepted());
        assertThat(decision.maximumGuidePrice()).isEqualByComparingTo("50");
        assertThat(decision.basis()).containsExactly(
                Basis.of("京医保发〔2024〕22号", "一").withParameters("medical-service-price-items@2024-12-28"),
                Basis.of("京医保发〔2024〕22号", "附件1").withParameters("medical-service-price-items@2024-12-28"));
    }

    @Test
    void ultravioletOxygenatedBloodIsAbolishedFromDecember28() {
        PriceItemChargeDecision before = charge("LEAZX001", "80.00", "2024-12-27", null);
        assertThat(before.status()).isEqualTo(PriceItemChargeStatus.NOT_GOVERNED_ON_SERVICE_DATE);
        assertThat(before.accepted()).isTrue();
        assertThat(before.basis()).extracting("article").containsExactly("二");

        PriceItemChargeDecision on = charge("LEAZX001", "80.00", "2024-12-28", null);
        assertThat(on.status()).isEqualTo(PriceItemChargeStatus.REFUSED_ITEM_ABOLISHED);
        assertThat(on.accepted()).isFalse();
        assertThat(on.basis()).extracting("article").containsExactly("二", "附件2");

        assertThat(charge("LEAZX001", "0.00", "2025-06-01", null).accepted()).isFalse();
    }

    @Test
    void theServiceDateDecidesNotTheBillingDate() {
        // served the day before abolition, billed after: not refused
        assertThat(charge("LEAZX001", "80.00", "2024-12-27", "2025-01-05").accepted()).isTrue();
        // served after abolition, billed "before" (back-dated bill): refused
        assertThat(charge("LEAZX001", "80.00", "2024-12-28", "2024-12-20").accepted()).isFalse();
        // a 60-yuan KNC32701 served before the cap, billed after it: the cap does not apply
        PriceItemChargeDecision beforeCap = charge("KNC32701", "60.00", "2024-12-27", "2024-12-30");
        assertThat(beforeCap.status()).isEqualTo(PriceItemChargeStatus.NOT_GOVERNED_ON_SERVICE_DATE);
        assertThat(beforeCap.maximumGuidePrice()).isNull();
        // served on the first day, billed later: capped
        assertThat(charge("KNC32701", "50.01", "2024-12-28", "2025-01-10").accepted()).isFalse();
    }

    @Test
    void codesAreTrimmedAndCaseInsensitive() {
        assertThat(charge(" knc32701 ", "50", "2025-01-01", null).status()).isEqualTo(PriceItemChargeStatus.ACCEPTED);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> charge("ABC123", "1", "2025-01-01", null))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("itemCode"));
        assertThatThrownBy(() -> charge("KNC32701", "-0.01", "2025-01-01", null))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("unitPrice"));
        assertThatThrownBy(() -> rule.evaluate(new PriceItemChargeInput("KNC32701", d("1"), null, null)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("serviceDate"));
    }
}

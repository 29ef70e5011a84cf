package cn.beijing.platform.medical.policy.drug;

import static cn.beijing.platform.medical.policy.ShippedParameters.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;

class ListingPriceCheckTest {

    private final ListingPriceCheck rule = new ListingPriceCheck();

    @ParameterizedTest(name = "{0}: listing {1} vs ceiling {2} -> allowed {3}")
    @CsvSource({
            "NEGOTIATED_DRUG, 100.00, 100.00, true, 0.00",
            "NEGOTIATED_DRUG, 99.99, 100.00, true, 0.00",
            "NEGOTIATED_DRUG, 100.01, 100.00, false, 0.01",
            "SAME_GENERIC_NAME_DURING_AGREEMENT, 100.00, 100.00, true, 0.00",
            "SAME_GENERIC_NAME_DURING_AGREEMENT, 100.01, 100.00, false, 0.01",
            "ON_SITE_BID, 80.00, 80.00, true, 0.00",
            "ON_SITE_BID, 80.01, 80.00, false, 0.01"
    })
    void listingPriceMayNotExceedItsCeiling(ListedDrugKind kind, String price, String ceiling, boolean allowed,
                                            String excess) {
        ListingPriceDecision decision = rule.evaluate(new ListingPriceInput(kind, d(price), d(ceiling)));
        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.excess()).isEqualByComparingTo(excess);
        assertThat(decision.basis()).contains(Basis.of("京医保发〔2024〕21号", "三(九)"));
    }

    @Test
    void sameGenericNameDrugsAlsoCiteTheAgreementArticle() {
        ListingPriceDecision decision = rule.evaluate(new ListingPriceInput(ListedDrugKind.SAME_GENERIC_NAME_DURING_AGREEMENT,
                d("1"), d("2")));
        assertThat(decision.basis()).containsExactly(Basis.of("京医保发〔2024〕21号", "一(四)"),
                Basis.of("京医保发〔2024〕21号", "三(九)"));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> rule.evaluate(new ListingPriceInput(null, d("1"), d("2"))))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> rule.evaluate(new ListingPriceInput(ListedDrugKind.NEGOTIATED_DRUG, d("-1"), d("2"))))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("listingPrice"));
        assertThatThrownBy(() -> rule.evaluate(new ListingPriceInput(ListedDrugKind.NEGOTIATED_DRUG, d("1"), d("0"))))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("ceiling"));
    }
}

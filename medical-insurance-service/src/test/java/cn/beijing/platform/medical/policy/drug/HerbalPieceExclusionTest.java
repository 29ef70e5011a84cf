package cn.beijing.platform.medical.policy.drug;

import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import cn.beijing.platform.medical.policy.ShippedParameters;

class HerbalPieceExclusionTest {

    private final HerbalPieceExclusion rule = ShippedParameters.RULES.get(HerbalPieceExclusion.class);

    @ParameterizedTest(name = "{0} {1} -> {2}, payable {3}")
    @CsvSource({
            "冬虫夏草, SINGLE, NOT_PAYABLE_ALONE_OR_IN_COMPOUND, false",
            "冬虫夏草, COMPOUND, NOT_PAYABLE_ALONE_OR_IN_COMPOUND, false",
            "大枣, SINGLE, NOT_PAYABLE_ALONE, false",
            "大枣, COMPOUND, NOT_PAYABLE_ALONE, true",
            "黄连, SINGLE, NOT_LISTED, true",
            "黄连, COMPOUND, NOT_LISTED, true"
    })
    void appliesTheTwoExclusionLists(String herb, HerbalUse use, HerbalExclusion exclusion, boolean payable) {
        HerbalPiecePayabilityDecision decision = rule.evaluate(herb, use, day("2025-01-01"));
        assertThat(decision.exclusion()).isEqualTo(exclusion);
        assertThat(decision.payable()).isEqualTo(payable);
        assertThat(decision.sampleList()).as("the shipped list is a labelled sample").isTrue();
        assertThat(decision.basis()).extracting("article").containsExactly("一(二)");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> rule.evaluate(" ", HerbalUse.SINGLE, day("2025-01-01")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("herbName"));
        assertThatThrownBy(() -> rule.evaluate("大枣", null, day("2025-01-01")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("herbalUse"));
        assertThatThrownBy(() -> rule.evaluate("大枣", HerbalUse.SINGLE, day("2024-12-31")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("serviceDate"));
    }
}

package cn.beijing.platform.subsidy.policy.kindergarten;

import static cn.beijing.platform.subsidy.policy.Shipped.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.kindergarten.PreschoolAid.AidChild;

class PreschoolAidTest {

    private final PreschoolAid aid = new PreschoolAid();

    @Test
    void aidEqualsTheFeeStandardForEachMonthAided() {
        var d = aid.evaluate(yuan("750.50"), List.of(new AidChild("a", true, true, 10),
                new AidChild("b", true, false, 10), new AidChild("c", false, true, 10)));
        assertThat(d.children().get(0).amount()).isEqualByComparingTo("7505.00");
        assertThat(d.children().get(1).failures()).extracting(Failure::code)
                .containsExactly("NOT_APPROVED_BY_EDUCATION_AUTHORITY");
        assertThat(d.children().get(2).failures()).extracting(Failure::code).containsExactly("AID_CONDITIONS_NOT_MET");
        assertThat(d.children().get(2).failures()).extracting(Failure::article).containsExactly("第八条");
        assertThat(d.total()).isEqualByComparingTo("7505.00");
        assertThat(d.basis()).singleElement().satisfies(b -> assertThat(b.article()).isEqualTo("第八条"));
    }

    @Test
    void negativeFeeOrMonthsAreRefused() {
        assertThatThrownBy(() -> aid.evaluate(yuan("-1"), List.of())).isInstanceOf(PolicyInputException.class)
                .extracting("field").isEqualTo("monthlyFeeStandard");
        assertThatThrownBy(() -> aid.evaluate(yuan("1"), List.of(new AidChild("a", true, true, -1))))
                .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("children[0].monthsAided");
    }
}

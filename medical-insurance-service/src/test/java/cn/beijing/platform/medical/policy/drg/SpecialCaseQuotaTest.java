package cn.beijing.platform.medical.policy.drg;

import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.ShippedParameters;

class SpecialCaseQuotaTest {

    private final SpecialCaseQuota rule = ShippedParameters.RULES.get(SpecialCaseQuota.class);

    @ParameterizedTest(name = "{0} approved of {1} discharges -> one more allowed: {2} (max {3})")
    @CsvSource({
            "4, 100, true, 5",     // the 5th makes exactly 5%: "不超过" includes it
            "5, 100, false, 5",    // the 6th would be 6%
            "3, 99, true, 4",      // 4 <= 4.95
            "4, 99, false, 4",     // 5 > 4.95
            "0, 20, true, 1",      // 1 = 5% of 20
            "0, 19, false, 0",     // 1 > 0.95
            "0, 0, false, 0",
            "49999, 1000000, true, 50000",
            "50000, 1000000, false, 50000"
    })
    void approvalsMayNotExceedFivePercentOfDrgDischarges(long approved, long discharges, boolean allowed, long max) {
        SpecialCaseQuotaDecision decision = rule.evaluate(new SpecialCaseQuotaInput(approved, discharges,
                day("2025-01-01")));
        assertThat(decision.mayApproveOneMore()).isEqualTo(allowed);
        assertThat(decision.maximumApprovals()).isEqualTo(max);
        assertThat(decision.quotaPercent()).isEqualByComparingTo("5");
        assertThat(decision.basis()).containsExactly(Basis.of("京医保发〔2024〕24号", "四")
                .withParameters("drg-special-case-quota@2025-01-01"));
    }

    @Test
    void rejectsBadCountsAndDatesBeforeDrg20() {
        assertThatThrownBy(() -> rule.evaluate(new SpecialCaseQuotaInput(-1, 10, day("2025-01-01"))))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("approvedSpecialCases"));
        assertThatThrownBy(() -> rule.evaluate(new SpecialCaseQuotaInput(0, -10, day("2025-01-01"))))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("drgDischargeCases"));
        assertThatThrownBy(() -> rule.evaluate(new SpecialCaseQuotaInput(11, 10, day("2025-01-01"))))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("approvedSpecialCases"));
        assertThatThrownBy(() -> rule.evaluate(new SpecialCaseQuotaInput(0, 100, day("2024-12-31"))))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("decisionDate"));
    }
}

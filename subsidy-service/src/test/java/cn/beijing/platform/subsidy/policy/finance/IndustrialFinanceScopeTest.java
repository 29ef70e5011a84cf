package cn.beijing.platform.subsidy.policy.finance;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static cn.beijing.platform.subsidy.policy.Shipped.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.ApplicantStanding;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Shipped;

class IndustrialFinanceScopeTest {

    private static final LocalDate ON = date("2025-06-30");
    private final IndustrialFinanceScope scope = new IndustrialFinanceScope(Shipped.PARAMETERS);

    @ParameterizedTest(name = "event {0}: in scope {1}, under {2}")
    @CsvSource({"2023-12-31, false, 三、附则 5", "2024-01-01, true, 三、附则 3", "2024-12-23, true, 三、附则 3",
            "2024-12-24, true, 三、附则 5", "2028-12-31, true, 三、附则 5", "2029-01-01, false, 三、附则 5"})
    void eventsOf2024AndOfThePolicyPeriodAreEligible(String event, boolean inScope, String article) {
        var d = scope.check(ApplicantStanding.clean(), date(event), ON);
        assertThat(d.inScope()).isEqualTo(inScope);
        assertThat(d.basis()).extracting(Basis::article).contains(article);
    }

    @Test
    void registrationOperationRecordsAndDishonestyAreNamed() {
        var bad = new ApplicantStanding(false, false, List.of(date("2022-06-30")), List.of(date("2025-01-01")), true, true);
        assertThat(scope.check(bad, ON, ON).failures()).extracting(Failure::code).containsExactly(
                "NOT_REGISTERED_IN_YIZHUANG", "NOT_OPERATING_IN_YIZHUANG", "MAJOR_PENALTY_WITHIN_LOOKBACK",
                "CRIMINAL_RECORD_WITHIN_LOOKBACK", "ON_SERIOUS_DISHONESTY_LIST");
        assertThat(scope.check(bad, ON, ON).failures()).allSatisfy(f -> assertThat(f.article()).isEqualTo("三、附则 2"));
    }

    @Test
    void penaltyOneDayOlderThanThreeYearsDoesNotCount() {
        var old = new ApplicantStanding(true, true, List.of(date("2022-06-29")), List.of(), false, true);
        assertThat(scope.check(old, ON, ON).inScope()).isTrue();
    }

    @Test
    void earlyStageInvestmentTransferredInThePeriodIsRewardedAfterItEnds() {
        var investment = new EarlyStageInvestmentReward.Investment("Z", date("2028-12-31"), yuan("10000000"), null,
                true, true, true);
        LocalDate matured = date("2030-12-31");
        var inScope = scope.check(ApplicantStanding.clean(), EarlyStageInvestmentReward.qualifyingEventDate(investment),
                matured);
        assertThat(inScope.inScope()).isTrue();
        var reward = new EarlyStageInvestmentReward(Shipped.PARAMETERS)
                .evaluate(List.of(investment), null, matured);
        assertThat(reward.amountTenThousandYuan()).isEqualByComparingTo("20.00");
        var transferredAfter = scope.check(ApplicantStanding.clean(), date("2029-01-01"), date("2031-01-01"));
        assertThat(transferredAfter.inScope()).isFalse();
    }
}

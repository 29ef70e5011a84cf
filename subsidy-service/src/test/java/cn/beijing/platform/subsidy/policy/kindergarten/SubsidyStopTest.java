package cn.beijing.platform.subsidy.policy.kindergarten;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static cn.beijing.platform.subsidy.policy.Shipped.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.beijing.platform.subsidy.policy.Shipped;
import cn.beijing.platform.subsidy.policy.kindergarten.SubsidyStop.PaidKind;
import cn.beijing.platform.subsidy.policy.kindergarten.SubsidyStop.PaidSubsidy;
import cn.beijing.platform.subsidy.policy.kindergarten.SubsidyStop.RectificationStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.SubsidyStop.Recovery;

class SubsidyStopTest {

    private final SubsidyStop stop = new SubsidyStop(Shipped.PARAMETERS);

    private static final PaidSubsidy Q1 = new PaidSubsidy(PaidKind.PER_CHILD, date("2025-01-01"), date("2025-03-31"), yuan("16200"));
    private static final PaidSubsidy Q2 = new PaidSubsidy(PaidKind.PER_CHILD, date("2025-04-01"), date("2025-06-30"), yuan("16200"));
    private static final PaidSubsidy Q3 = new PaidSubsidy(PaidKind.PER_CHILD, date("2025-07-01"), date("2025-09-30"), yuan("10800"));
    private static final PaidSubsidy RENT = new PaidSubsidy(PaidKind.RENT, date("2025-01-01"), date("2025-12-31"), yuan("36500"));

    @Nested
    class ClosureOrStatusLoss {

        @Test
        void stopsFromTheNextMonthAndRecoversLaterAdvances() {
            var d = stop.onClosureOrStatusLoss(date("2025-05-15"), List.of(Q1, Q2, Q3, RENT));
            assertThat(d.paymentsStopFrom()).isEqualTo(date("2025-06-01"));
            assertThat(d.recoveries()).extracting(Recovery::amount).containsExactly(
                    yuan("5400.00"), yuan("10800.00"), yuan("21400.00"));
            assertThat(d.recoveryTotal()).isEqualByComparingTo("37600.00");
            assertThat(d.basis()).singleElement().satisfies(b -> assertThat(b.article()).isEqualTo("第十九条"));
        }

        @Test
        void lastDayOfAMonthStillStopsFromTheNextMonth() {
            assertThat(stop.onClosureOrStatusLoss(date("2025-05-31"), List.of()).paymentsStopFrom())
                    .isEqualTo(date("2025-06-01"));
            assertThat(stop.onClosureOrStatusLoss(date("2025-06-01"), List.of()).paymentsStopFrom())
                    .isEqualTo(date("2025-07-01"));
        }

        @Test
        void closureInDecemberStopsFromJanuary() {
            var d = stop.onClosureOrStatusLoss(date("2025-12-10"), List.of(RENT));
            assertThat(d.paymentsStopFrom()).isEqualTo(date("2026-01-01"));
            assertThat(d.recoveries()).isEmpty();
            assertThat(d.recoveryTotal()).isEqualByComparingTo("0");
        }

        @Test
        void perChildAdvanceMustCoverWholeMonths() {
            assertThatThrownBy(() -> stop.onClosureOrStatusLoss(date("2025-05-15"), List.of(
                    new PaidSubsidy(PaidKind.PER_CHILD, date("2025-04-02"), date("2025-06-30"), yuan("1")))))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("paid[0].periodStart");
        }

        @Test
        void negativePaidAmountIsRefused() {
            assertThatThrownBy(() -> stop.onClosureOrStatusLoss(date("2025-05-15"), List.of(
                    new PaidSubsidy(PaidKind.RENT, date("2025-04-01"), date("2025-06-30"), yuan("-1")))))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("paid[0].amount");
        }
    }

    @Nested
    class FinancialMisconduct {

        @Test
        void rectifiedOnTheDeadlineIsInTime() {
            var d = stop.onFinancialMisconduct(date("2025-03-10"), date("2025-04-10"), date("2025-04-10"),
                    yuan("50000"), false, date("2025-04-20"));
            assertThat(d.status()).isEqualTo(RectificationStatus.RECTIFIED_IN_TIME);
            assertThat(d.suspendedFrom()).isEqualTo(date("2025-03-10"));
            assertThat(d.suspensionEndsOn()).isEqualTo(date("2025-04-10"));
            assertThat(d.recoveryTotal()).isEqualByComparingTo("0");
            assertThat(d.disqualifiedFrom()).isNull();
        }

        @Test
        void rectifiedTheDayAfterTheDeadlineIsDisqualifiedAndRecovered() {
            var d = stop.onFinancialMisconduct(date("2025-03-10"), date("2025-04-10"), date("2025-04-11"),
                    yuan("50000"), false, date("2025-04-11"));
            assertThat(d.status()).isEqualTo(RectificationStatus.DISQUALIFIED);
            assertThat(d.disqualifiedFrom()).isEqualTo(date("2025-04-11"));
            assertThat(d.recoveryTotal()).isEqualByComparingTo("50000.00");
        }

        @Test
        void notRectifiedIsPendingUntilTheDeadlinePasses() {
            assertThat(stop.onFinancialMisconduct(date("2025-03-10"), date("2025-04-10"), null, yuan("1"), false,
                    date("2025-04-10")).status()).isEqualTo(RectificationStatus.PENDING);
            assertThat(stop.onFinancialMisconduct(date("2025-03-10"), date("2025-04-10"), null, yuan("1"), false,
                    date("2025-04-11")).status()).isEqualTo(RectificationStatus.DISQUALIFIED);
        }

        @Test
        void suspectedCrimeIsReferred() {
            var d = stop.onFinancialMisconduct(date("2025-03-10"), date("2025-04-10"), null, yuan("1"), true,
                    date("2025-03-10"));
            assertThat(d.referToAuthorities()).isTrue();
            assertThat(d.basis()).singleElement().satisfies(b -> assertThat(b.article()).isEqualTo("第二十条"));
        }

        @Test
        void deadlineBeforeDiscoveryIsRefused() {
            assertThatThrownBy(() -> stop.onFinancialMisconduct(date("2025-03-10"), date("2025-03-09"), null,
                    yuan("1"), false, date("2025-03-10")))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("rectificationDeadline");
        }
    }

    @Nested
    class ImproperFees {

        @Test
        void recoversTheViolationPeriodWholeMonthsForPerChildAndDaysForRent() {
            var d = stop.onImproperFees(date("2025-02-15"), date("2025-05-20"), date("2025-06-01"),
                    date("2025-05-25"), date("2025-06-05"), List.of(Q1, Q2, Q3, RENT));
            assertThat(d.violationFrom()).isEqualTo(date("2025-02-15"));
            assertThat(d.violationTo()).isEqualTo(date("2025-05-24"));
            // Feb+Mar of Q1, Apr+May of Q2, nothing of Q3; rent 2-15..5-24 = 99 days
            assertThat(d.recoveries()).extracting(Recovery::amount).containsExactly(
                    yuan("10800.00"), yuan("10800.00"), yuan("9900.00"));
            assertThat(d.recoveryTotal()).isEqualByComparingTo("31500.00");
            assertThat(d.status()).isEqualTo(RectificationStatus.RECTIFIED_IN_TIME);
            assertThat(d.suspendedFrom()).isEqualTo(date("2025-05-20"));
            assertThat(d.basis()).singleElement().satisfies(b -> {
                assertThat(b.article()).isEqualTo("第二十一条");
                assertThat(b.parameters()).isEqualTo("kindergarten-violation-period-whole-months@2024-12-02");
            });
        }

        @Test
        void withoutWholeMonthsPerChildIsProratedByDays() {
            ParameterSet byDays = Shipped.PARAMETERS.with("kindergarten-violation-period-whole-months",
                    EffectiveDated.single("kindergarten-violation-period-whole-months", date("2024-12-02"), false));
            var d = new SubsidyStop(byDays).onImproperFees(date("2025-02-15"), date("2025-05-20"),
                    date("2025-06-01"), date("2025-05-25"), date("2025-06-05"), List.of(Q1));
            // 2-15..3-31 = 45 of 90 days
            assertThat(d.recoveryTotal()).isEqualByComparingTo("8100.00");
        }

        @Test
        void notRectifiedRunsToTheEvaluationAndDisqualifiesAfterTheDeadline() {
            var d = stop.onImproperFees(date("2025-02-15"), date("2025-05-20"), date("2025-06-01"), null,
                    date("2025-06-02"), List.of(Q2));
            assertThat(d.violationTo()).isEqualTo(date("2025-06-02"));
            assertThat(d.recoveryTotal()).isEqualByComparingTo("16200.00");
            assertThat(d.status()).isEqualTo(RectificationStatus.DISQUALIFIED);
            assertThat(d.disqualifiedFrom()).isEqualTo(date("2025-06-02"));
        }

        @Test
        void rectifiedOnTheStartDayLeavesNothingToRecover() {
            var d = stop.onImproperFees(date("2025-02-15"), date("2025-02-15"), date("2025-03-01"),
                    date("2025-02-15"), date("2025-02-20"), List.of(Q1, RENT));
            assertThat(d.recoveryTotal()).isEqualByComparingTo("0");
        }

        @Test
        void discoveryBeforeTheViolationIsRefused() {
            assertThatThrownBy(() -> stop.onImproperFees(date("2025-02-15"), date("2025-02-14"), date("2025-03-01"),
                    null, date("2025-02-20"), List.of()))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("discoveredOn");
        }
    }
}

package cn.beijing.platform.energy.policy.rating;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.ParameterNotInForceException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.rating.RetrofitObligation.AnnualGrade;
import cn.beijing.platform.energy.policy.rating.RetrofitObligation.Measure;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class RetrofitObligationTest {

    private final RetrofitObligation obligation = ShippedPolicies.POLICIES.get(RetrofitObligation.class);

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void ratingOfYearYIsDueByJune30OfYPlus1() {
        assertThat(obligation.ratingDeadline(2024)).isEqualTo(d("2025-06-30"));
        assertThat(obligation.ratingDeadline(2025)).isEqualTo(d("2026-06-30"));
    }

    @Test
    void noDeadlineBeforeTheMeasuresTookEffect() {
        assertThatThrownBy(() -> obligation.ratingDeadline(2023))
                .isInstanceOfSatisfying(ParameterNotInForceException.class,
                        e -> assertThat(e.field()).isEqualTo("ratingYear"));
    }

    private RetrofitObligation.Decision evaluate(boolean large, List<AnnualGrade> grades, String ratedOn,
                                                 String correctionDeadline, boolean retrofitted, String on) {
        return obligation.decide(new RetrofitObligation.Input(large, 2025, grades,
                ratedOn == null ? null : d(ratedOn), correctionDeadline == null ? null : d(correctionDeadline),
                retrofitted), d(on));
    }

    @Test
    void notOverdueOnTheDeadlineItself() {
        RetrofitObligation.Decision decision = evaluate(true, List.of(), null, null, false, "2026-06-30");
        assertThat(decision.measures()).isEmpty();
        assertThat(decision.ratingDeadline()).isEqualTo(d("2026-06-30"));
    }

    @Test
    void overdueTheDayAfterTheDeadline() {
        RetrofitObligation.Decision decision = evaluate(true, List.of(), null, null, false, "2026-07-01");
        assertThat(decision.measures()).containsExactly(Measure.OVERDUE_RATING);
        assertThat(decision.basis()).contains(Basis.of("京建法〔2024〕12号", "第十三条"));
    }

    @Test
    void onlyLargePublicBuildingsAreOverdue() {
        assertThat(evaluate(false, List.of(), null, null, false, "2026-12-31").measures()).isEmpty();
    }

    /** Rated by the deadline (2026-06-30) is on time; rated late is not, but the year is no longer overdue. */
    @ParameterizedTest(name = "rated on {0}: on time {1}")
    @CsvSource({ "2026-06-29, true", "2026-06-30, true", "2026-07-01, false" })
    void ratedByTheDeadlineIsOnTimeAndRatedLateIsNoLongerOverdue(String ratedOn, boolean onTime) {
        RetrofitObligation.Decision decision = evaluate(true, List.of(new AnnualGrade(2025, 2)), ratedOn, null,
                false, "2026-08-01");
        assertThat(decision.ratedOnTime()).isEqualTo(onTime);
        assertThat(decision.measures()).isEmpty();
    }

    @Test
    void creditSystemEntryOnlyAfterTheCorrectionLimitPasses() {
        assertThat(evaluate(true, List.of(), null, "2026-08-31", false, "2026-08-31").measures())
                .containsExactly(Measure.OVERDUE_RATING);
        assertThat(evaluate(true, List.of(), null, "2026-08-31", false, "2026-09-01").measures())
                .containsExactly(Measure.OVERDUE_RATING, Measure.CREDIT_SYSTEM_ENTRY);
    }

    @Test
    void correctedWithinTheLimitAvoidsCreditEntry() {
        assertThat(evaluate(true, List.of(), "2026-08-31", "2026-08-31", false, "2026-10-01").measures()).isEmpty();
        assertThat(evaluate(true, List.of(), "2026-09-01", "2026-08-31", false, "2026-10-01").measures())
                .containsExactly(Measure.CREDIT_SYSTEM_ENTRY);
    }

    @Test
    void rejectsACorrectionLimitNotAfterTheDeadline() {
        assertRefusedNaming("correctionDeadline", () -> evaluate(true, List.of(), null, "2026-06-30", false, "2026-07-01"));
    }

    @Test
    void rejectsARatingDateAfterTheDecisionDate() {
        assertRefusedNaming("ratedOn", () -> evaluate(true, List.of(), "2026-05-02", null, false, "2026-05-01"));
    }

    @Test
    void gradeFiveTwoYearsRunningRequiresRetrofit() {
        RetrofitObligation.Decision decision = evaluate(false,
                List.of(new AnnualGrade(2024, 5), new AnnualGrade(2025, 5)), "2026-03-01", null, false, "2026-03-01");
        assertThat(decision.consecutiveGradeFive()).isTrue();
        assertThat(decision.measures()).containsExactly(Measure.RETROFIT_REQUIRED);
        assertThat(decision.basis()).contains(Basis.of("京建法〔2024〕12号", "第九条")
                .withParameters("consecutive-grade-five-years@2025-02-01"));
    }

    @Test
    void largeBuildingWithTwoGradeFiveYearsAndNoRetrofitGoesToArticle59() {
        RetrofitObligation.Decision decision = evaluate(true,
                List.of(new AnnualGrade(2024, 5), new AnnualGrade(2025, 5)), "2026-03-01", null, false, "2026-03-01");
        assertThat(decision.measures()).containsExactly(Measure.RETROFIT_REQUIRED,
                Measure.GREEN_DEVELOPMENT_REGULATION_ARTICLE_59);
        assertThat(decision.basis()).contains(Basis.of("《北京市建筑绿色发展条例》", "第五十九条"),
                Basis.of("京建法〔2024〕12号", "第十三条"));
    }

    @Test
    void retrofitImplementedClosesBoth() {
        RetrofitObligation.Decision decision = evaluate(true,
                List.of(new AnnualGrade(2024, 5), new AnnualGrade(2025, 5)), "2026-03-01", null, true, "2026-03-01");
        assertThat(decision.consecutiveGradeFive()).isTrue();
        assertThat(decision.measures()).isEmpty();
    }

    @Test
    void gradeFiveOnceOrWithAGapIsNotConsecutive() {
        assertThat(evaluate(true, List.of(new AnnualGrade(2024, 4), new AnnualGrade(2025, 5)), "2026-03-01", null,
                false, "2026-03-01").measures()).isEmpty();
        assertThat(evaluate(true, List.of(new AnnualGrade(2023, 5), new AnnualGrade(2025, 5)), "2026-03-01", null,
                false, "2026-03-01").measures()).isEmpty();
        assertThat(evaluate(true, List.of(new AnnualGrade(2025, 5)), "2026-03-01", null,
                false, "2026-03-01").consecutiveGradeFive()).isFalse();
    }

    @Test
    void rejectsBadGradeHistory() {
        assertRefusedNaming("grades[0].grade", () -> evaluate(true, List.of(new AnnualGrade(2025, 6)), null, null, false, "2026-03-01"));
        assertRefusedNaming("grades[1].year", () -> evaluate(true, List.of(new AnnualGrade(2025, 5), new AnnualGrade(2025, 4)), null,
                null, false, "2026-03-01"));
    }
}

package cn.beijing.platform.subsidy.policy.kindergarten;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

import cn.beijing.platform.subsidy.policy.Parameter;

/**
 * The parameters of 京技管发〔2024〕30号, one per legal quantity, as loaded from {@code policy/kindergarten-*.yaml}.
 */
public record KindergartenParameters(
        Parameter<BigDecimal> perChildMonthlyRate,
        Parameter<Integer> minimumAge,
        Parameter<MonthDay> ageReferenceDay,
        Parameter<CountCalendar> countCalendar,
        Parameter<BigDecimal> rentDailyRateCap,
        Parameter<Integer> firstLeaseMinimumTerm,
        Parameter<Integer> rentPaymentQuarter,
        Parameter<Integer> eligibilityLookback,
        Parameter<MinimumGrades> minimumEvaluationGrade,
        Parameter<Integer> publicNoticeMinimum,
        Parameter<Boolean> violationPeriodWholeMonths) {

    public KindergartenParameters {
        Objects.requireNonNull(perChildMonthlyRate);
        Objects.requireNonNull(minimumAge);
        Objects.requireNonNull(ageReferenceDay);
        Objects.requireNonNull(countCalendar);
        Objects.requireNonNull(rentDailyRateCap);
        Objects.requireNonNull(firstLeaseMinimumTerm);
        Objects.requireNonNull(rentPaymentQuarter);
        Objects.requireNonNull(eligibilityLookback);
        Objects.requireNonNull(minimumEvaluationGrade);
        Objects.requireNonNull(publicNoticeMinimum);
        Objects.requireNonNull(violationPeriodWholeMonths);
    }

    /**
     * 第五条: the autumn intake month, the months whose last day fixes the advance counts, which quarters use
     * which count, the months per quarter and the settlement month.
     */
    public record CountCalendar(int autumnIntakeMonth, int previousYearCountMonth, int currentYearCountMonth,
                                List<Integer> quartersOnPreviousYearCount, List<Integer> quartersOnCurrentYearCount,
                                int monthsPerQuarter, int settlementMonth) {

        public CountCalendar {
            quartersOnPreviousYearCount = List.copyOf(quartersOnPreviousYearCount);
            quartersOnCurrentYearCount = List.copyOf(quartersOnCurrentYearCount);
            for (int month : List.of(autumnIntakeMonth, previousYearCountMonth, currentYearCountMonth, settlementMonth)) {
                if (month < 1 || month > 12) {
                    throw new IllegalArgumentException("month " + month + " is not 1..12");
                }
            }
            for (int q = 1; q <= 4; q++) {
                if (quartersOnPreviousYearCount.contains(q) == quartersOnCurrentYearCount.contains(q)) {
                    throw new IllegalArgumentException("quarter " + q + " must use exactly one count");
                }
            }
            if (monthsPerQuarter * 4 != 12) {
                throw new IllegalArgumentException("four quarters must make a year");
            }
        }
    }

    /** 第十二条 第3项: the lowest passing grades. */
    public record MinimumGrades(EvaluationGrade annualInspection, EvaluationGrade municipalSupervision) {

        public MinimumGrades {
            Objects.requireNonNull(annualInspection);
            Objects.requireNonNull(municipalSupervision);
        }
    }
}

package cn.beijing.platform.subsidy.policy.kindergarten;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.calendar.PeriodCounting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.subsidy.policy.Shipped;
import cn.beijing.platform.subsidy.policy.kindergarten.PublicNoticePeriod.NoticePeriodDecision;
import cn.beijing.platform.subsidy.policy.kindergarten.PublicNoticePeriod.PaymentBlock;

class PublicNoticePeriodTest {

    private static final String COUNTING = "kindergarten-public-notice-excludes-publication-day";

    private final PublicNoticePeriod notice = new PublicNoticePeriod(Shipped.PARAMETERS, Shipped.CALENDAR);

    /** The same rule with the other reading of the counting parameter: the publication day is day 1. */
    private final PublicNoticePeriod publicationDayCounted = new PublicNoticePeriod(Shipped.PARAMETERS.withText(
            COUNTING, """
                    description: the other reading, for this test
                    unit: flag
                    source:
                      document: 中华人民共和国民法典
                      article: 第二百零一条
                    values:
                      2024-12-02:
                        value: false
                    """), Shipped.CALENDAR);

    /**
     * {@code FROM_NEXT_DAY}: the rule as shipped (民法典 第二百零一条, the publication day is not counted);
     * {@code FROM_SAME_DAY}: the other reading, which stays available through the counting parameter. Either cites
     * 第十四条 with the minimum's version and 第二百零一条 with the counting parameter's version.
     */
    @ParameterizedTest(name = "{0}: published {1} for {2} working days → last day {3}, pay from {4}")
    @CsvSource({
            // the examples on the 2025 calendar: 9-28 worked, 10-1..10-8 off, 10-11 (Saturday) worked
            "FROM_NEXT_DAY, 2025-09-26,  5, 2025-10-10, 2025-10-11",
            "FROM_NEXT_DAY, 2025-04-25, 15, 2025-05-20, 2025-05-21",
            // the year boundary: 2026-01-01..01-03 off, Sunday 2026-01-04 worked
            "FROM_NEXT_DAY, 2025-12-31,  5, 2026-01-08, 2026-01-09",
            // an ordinary week: published Monday, Tuesday is day 1
            "FROM_NEXT_DAY, 2025-03-03,  5, 2025-03-10, 2025-03-11",
            "FROM_NEXT_DAY, 2025-03-03,  6, 2025-03-11, 2025-03-12",
            // Spring Festival 2025: 1-28..2-4 off, Sunday 1-26 and Saturday 2-8 worked
            "FROM_NEXT_DAY, 2025-01-24,  5, 2025-02-07, 2025-02-08",
            "FROM_NEXT_DAY, 2025-01-25,  5, 2025-02-07, 2025-02-08",
            "FROM_NEXT_DAY, 2025-01-26,  5, 2025-02-08, 2025-02-10",
            "FROM_NEXT_DAY, 2025-01-28,  5, 2025-02-10, 2025-02-11",
            // published on a weekend or a holiday: the same as published the working day before would be not
            "FROM_NEXT_DAY, 2025-09-27,  5, 2025-10-10, 2025-10-11",
            "FROM_NEXT_DAY, 2025-10-01,  5, 2025-10-14, 2025-10-15",
            // the publication day counted: the same examples end a working day earlier
            "FROM_SAME_DAY, 2025-09-26,  5, 2025-10-09, 2025-10-10",
            "FROM_SAME_DAY, 2025-04-25, 15, 2025-05-19, 2025-05-20",
            "FROM_SAME_DAY, 2025-12-31,  5, 2026-01-07, 2026-01-08",
            "FROM_SAME_DAY, 2025-03-03,  5, 2025-03-07, 2025-03-10",
            // published on a day that is not a working day: both readings agree
            "FROM_SAME_DAY, 2025-01-25,  5, 2025-02-07, 2025-02-08"
    })
    void theNoticeRunsTheWorkingDaysCountedAsTheParameterReads(PeriodCounting counting, String published, int days,
                                                               String last, String pay) {
        PublicNoticePeriod rule = counting == PeriodCounting.FROM_NEXT_DAY ? notice : publicationDayCounted;
        NoticePeriodDecision d = rule.evaluate(date(published), days);
        assertThat(d.counting()).isEqualTo(counting);
        assertThat(d.lastDay()).isEqualTo(date(last));
        assertThat(d.earliestPaymentDay()).isEqualTo(date(pay));
        assertThat(d.basis()).extracting(Basis::citation)
                .containsExactly("京技管发〔2024〕30号 第十四条", "中华人民共和国民法典 第二百零一条");
        assertThat(d.basis().get(1).parameters()).isEqualTo(COUNTING + "@2024-12-02");
        assertThat(d.basis().get(0).parameters()).isEqualTo("kindergarten-public-notice-minimum@2024-12-02");
    }

    @Test
    void withoutAPeriodTheMinimumOfFiveWorkingDaysApplies() {
        assertThat(notice.evaluate(date("2025-03-03"), null).workingDays()).isEqualTo(5);
    }

    @Test
    void fourWorkingDaysIsJustBelowTheMinimum() {
        assertThatThrownBy(() -> notice.evaluate(date("2025-03-03"), 4))
                .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("workingDays");
        assertThatThrownBy(() -> notice.evaluate(date("2025-03-03"), 0))
                .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("workingDays");
    }

    @Test
    void fiveWorkingDaysIsTheMinimumAndSixJustAbove() {
        assertThat(notice.evaluate(date("2025-03-03"), 5).lastDay()).isEqualTo(date("2025-03-10"));
        assertThat(notice.evaluate(date("2025-03-03"), 6).lastDay()).isEqualTo(date("2025-03-11"));
    }

    @Test
    void periodReachingAYearWithoutCalendarIsRefusedOnPublishedOn() {
        assertThatThrownBy(() -> notice.evaluate(date("2026-12-29"), 5))
                .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("publishedOn");
    }

    @Test
    void periodEndingOnTheLastWorkingDayOf2026ButPayingIn2027IsRefused() {
        // 2026-12-25..12-31 holds exactly the five working days after Thursday 12-24; the day after needs 2027
        assertThatThrownBy(() -> notice.evaluate(date("2026-12-24"), 5))
                .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("publishedOn");
    }

    @Test
    void missingPublicationDayIsRefused() {
        assertThatThrownBy(() -> notice.evaluate(null, 5))
                .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("publishedOn");
    }

    @Test
    void paymentWaitsForTheEndOfTheNoticeAndForNoStandingObjection() {
        NoticePeriodDecision d = notice.evaluate(date("2025-09-26"), 5);
        assertThat(notice.paymentRelease(d, date("2025-10-10"), false).block())
                .isEqualTo(PaymentBlock.NOTICE_PERIOD_RUNNING);
        assertThat(notice.paymentRelease(d, date("2025-10-11"), false).payable()).isTrue();
        assertThat(notice.paymentRelease(d, date("2025-10-11"), true).block()).isEqualTo(PaymentBlock.OBJECTION_STANDS);
    }
}

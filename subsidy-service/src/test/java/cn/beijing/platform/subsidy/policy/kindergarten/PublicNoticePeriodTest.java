package cn.beijing.platform.subsidy.policy.kindergarten;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.subsidy.policy.Shipped;
import cn.beijing.platform.subsidy.policy.kindergarten.PublicNoticePeriod.NoticePeriodDecision;
import cn.beijing.platform.subsidy.policy.kindergarten.PublicNoticePeriod.PaymentBlock;

class PublicNoticePeriodTest {

    private final PublicNoticePeriod notice = new PublicNoticePeriod(Shipped.PARAMETERS, Shipped.CALENDAR);

    @ParameterizedTest(name = "published {0} for {1} working days → last day {2}, pay from {3}")
    @CsvSource({
            // ordinary week: Monday is day 1
            "2025-03-03, 5, 2025-03-07, 2025-03-10",
            // Spring Festival 2025: 1-28..2-4 off, Sunday 1-26 and Saturday 2-8 worked
            "2025-01-24, 5, 2025-02-06, 2025-02-07",
            "2025-01-25, 5, 2025-02-07, 2025-02-08",
            "2025-01-26, 5, 2025-02-07, 2025-02-08",
            "2025-01-28, 5, 2025-02-10, 2025-02-11",
            // National Day 2025: 10-1..10-8 off, Sunday 9-28 and Saturday 10-11 worked
            "2025-09-26, 5, 2025-10-09, 2025-10-10",
            "2025-09-27, 5, 2025-10-10, 2025-10-11",
            "2025-10-01, 5, 2025-10-14, 2025-10-15",
            "2025-10-09, 3, 2025-10-11, 2025-10-13",
            // longer notice than the minimum
            "2025-03-03, 6, 2025-03-10, 2025-03-11"
    })
    void lastDayAndEarliestPaymentFollowTheOfficialCalendar(String published, Integer days, String last, String pay) {
        if (days < 5) {
            assertThatThrownBy(() -> notice.evaluate(date(published), days))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("workingDays");
            return;
        }
        NoticePeriodDecision d = notice.evaluate(date(published), days);
        assertThat(d.lastDay()).isEqualTo(date(last));
        assertThat(d.earliestPaymentDay()).isEqualTo(date(pay));
        assertThat(d.basis()).singleElement().satisfies(b -> {
            assertThat(b.document()).isEqualTo("京技管发〔2024〕30号");
            assertThat(b.article()).isEqualTo("第十四条");
        });
    }

    @Test
    void withoutAPeriodTheMinimumOfFiveWorkingDaysApplies() {
        assertThat(notice.evaluate(date("2025-03-03"), null).workingDays()).isEqualTo(5);
    }

    @Test
    void fourWorkingDaysIsBelowTheMinimum() {
        assertThatThrownBy(() -> notice.evaluate(date("2025-03-03"), 4))
                .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("workingDays");
    }

    @Test
    void fiveWorkingDaysIsTheMinimum() {
        assertThat(notice.evaluate(date("2025-03-03"), 5).lastDay()).isEqualTo(date("2025-03-07"));
    }

    @Test
    void periodReachingAYearWithoutCalendarIsRefusedOnPublishedOn() {
        assertThatThrownBy(() -> notice.evaluate(date("2026-12-29"), 5))
                .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("publishedOn");
    }

    @Test
    void periodEndingOnTheLastWorkingDayOf2026ButPayingIn2027IsRefused() {
        // 2026-12-25..12-31 holds exactly five working days; the first working day after needs the 2027 calendar
        assertThatThrownBy(() -> notice.evaluate(date("2026-12-25"), 5))
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
        assertThat(notice.paymentRelease(d, date("2025-10-09"), false).block())
                .isEqualTo(PaymentBlock.NOTICE_PERIOD_RUNNING);
        assertThat(notice.paymentRelease(d, date("2025-10-10"), false).payable()).isTrue();
        assertThat(notice.paymentRelease(d, date("2025-10-10"), true).block()).isEqualTo(PaymentBlock.OBJECTION_STANDS);
    }
}

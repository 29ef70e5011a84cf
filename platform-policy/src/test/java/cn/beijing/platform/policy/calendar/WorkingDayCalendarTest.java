package cn.beijing.platform.policy.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
            "2025-01-01, false",   // 元旦
            "2025-01-02, true",
            "2025-01-26, true",    // Sunday worked before the Spring Festival
            "2025-01-27, true",
            "2025-01-28, false",   // Spring Festival 1-28 … 2-4
            "2025-02-04, false",
            "2025-02-05, true",
            "2025-02-08, true",    // Saturday worked after it
            "2025-02-09, false",
            "2025-04-04, false",   // 清明
            "2025-04-27, true",    // Sunday worked before Labour Day
            "2025-05-05, false",
            "2025-05-06, true",
            "2025-06-02, false",   // 端午
            "2025-09-28, true",    // Sunday worked before National Day
            "2025-10-08, false",
            "2025-10-09, true",
            "2025-10-11, true",    // Saturday worked after National Day
            "2025-10-12, false",
            "2025-03-15, false",   // an ordinary Saturday
            "2025-03-17, true",
            "2024-02-04, true",    // 2024: Sunday worked before the Spring Festival
            "2024-02-10, false",
            "2024-02-18, true",
            "2024-05-11, true",
            "2024-06-10, false",
            "2024-10-12, true",
            "2026-01-02, false",   // 2026: 元旦 1-1 … 1-3
            "2026-01-04, true",    // Sunday worked
            "2026-02-14, true",    // Saturday worked before the Spring Festival
            "2026-02-23, false",   // last day of the nine-day Spring Festival
            "2026-02-24, true",
            "2026-02-28, true",    // Saturday worked after it
            "2026-05-09, true",
            "2026-09-20, true",    // Sunday worked before National Day
            "2026-10-07, false",
            "2026-10-10, true" })
    void followsTheStateCouncilArrangement(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void countsThePublicationDayAsDayOneWhenItIsAWorkingDay() {
        // Monday 2025-03-03: days 1..5 are Mon..Fri
        assertThat(calendar.nthWorkingDay(LocalDate.of(2025, 3, 3), 5)).isEqualTo(LocalDate.of(2025, 3, 7));
        // Saturday 2025-03-01: counting starts on Monday
        assertThat(calendar.nthWorkingDay(LocalDate.of(2025, 3, 1), 1)).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(calendar.firstWorkingDayAfter(LocalDate.of(2025, 3, 7))).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void crossesTheSpringFestivalWithItsMakeUpDays() {
        // 1-24 (Fri) day 1, 1-26 (Sun, worked) day 2, 1-27 day 3, then 2-5, 2-6 are days 4 and 5
        assertThat(calendar.nthWorkingDay(LocalDate.of(2025, 1, 24), 5)).isEqualTo(LocalDate.of(2025, 2, 6));
        assertThat(calendar.firstWorkingDayAfter(LocalDate.of(2025, 1, 27))).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void crossesTheYearEndWhenBothYearsAreLoaded() {
        // Tue 2025-12-30 day 1, Wed 12-31 day 2, (1-1…1-3 off), Sun 2026-01-04 worked day 3, Mon 1-5 day 4, Tue 1-6 day 5
        assertThat(calendar.nthWorkingDay(LocalDate.of(2025, 12, 30), 5)).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @ParameterizedTest(name = "begins {0}, {1} working days, {2}: last day {3}, then {4}")
    @CsvSource({
            // 民法典 第二百零一条: the day the period begins is not counted
            "2025-09-26,  5, FROM_NEXT_DAY, 2025-10-10, 2025-10-11",   // 9-28 worked, 10-1…10-8 off, 10-11 worked
            "2025-04-25, 15, FROM_NEXT_DAY, 2025-05-20, 2025-05-21",   // 4-27 worked, 5-1…5-5 off
            "2025-12-31,  5, FROM_NEXT_DAY, 2026-01-08, 2026-01-09",   // 1-1…1-3 off, Sunday 1-4 worked
            "2025-03-01,  5, FROM_NEXT_DAY, 2025-03-07, 2025-03-10",   // a Saturday: the next day is a Sunday
            "2025-03-03,  5, FROM_NEXT_DAY, 2025-03-10, 2025-03-11",
            // the other reading: the day it begins is day 1 when it is a working day
            "2025-09-26,  5, FROM_SAME_DAY, 2025-10-09, 2025-10-10",
            "2025-04-25, 15, FROM_SAME_DAY, 2025-05-19, 2025-05-20",
            "2025-12-31,  5, FROM_SAME_DAY, 2026-01-07, 2026-01-08",
            "2025-03-01,  5, FROM_SAME_DAY, 2025-03-07, 2025-03-10",   // not a working day: both readings agree
            "2025-03-03,  5, FROM_SAME_DAY, 2025-03-07, 2025-03-10" })
    void aPeriodStartsAsItsCountingSays(LocalDate begins, int days, PeriodCounting counting, LocalDate last,
                                        LocalDate after) {
        WorkingDayPeriod period = calendar.period(begins, days, counting);
        assertThat(period.lastDay()).isEqualTo(last);
        assertThat(period.firstWorkingDayAfter()).isEqualTo(after);
        assertThat(period.counting()).isEqualTo(counting);
        assertThat(calendar.isWorkingDay(period.lastDay())).as("第二百零三条: the last day is a working day").isTrue();
    }

    @Test
    void theCivilCodeReadingIsSelectedByExcludingTheBeginningDay() {
        assertThat(PeriodCounting.excludingBeginningDay(true)).isEqualTo(PeriodCounting.FROM_NEXT_DAY);
        assertThat(PeriodCounting.excludingBeginningDay(false)).isEqualTo(PeriodCounting.FROM_SAME_DAY);
        assertThat(PeriodCounting.basis("x@2024-12-02").citation()).isEqualTo("中华人民共和国民法典 第二百零一条");
        assertThat(PeriodCounting.basis("x@2024-12-02").parameters()).isEqualTo("x@2024-12-02");
    }

    @Test
    void aYearWithoutDataIsAnErrorNotAGuess() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 5)))
                .isInstanceOf(CalendarYearNotLoadedException.class)
                .hasMessageContaining("2027");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2023, 12, 29)))
                .isInstanceOf(CalendarYearNotLoadedException.class);
        // a notice published late in 2026 whose window runs into 2027
        assertThatThrownBy(() -> calendar.nthWorkingDay(LocalDate.of(2026, 12, 29), 5))
                .isInstanceOf(CalendarYearNotLoadedException.class);
    }

    @Test
    void refusesInconsistentArrangements() {
        assertThatThrownBy(() -> new HolidayArrangement(2025, "x", java.util.Set.of(LocalDate.of(2025, 1, 1)),
                java.util.Set.of(LocalDate.of(2025, 1, 1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HolidayArrangement(2025, "x", java.util.Set.of(LocalDate.of(2024, 12, 31)),
                java.util.Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

package cn.beijing.platform.policy.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of {@code workingDays} working days that begins on {@code begins}, counted as {@code counting} says.
 *
 * @param lastDay              the last (N-th) working day of the period, inclusive
 * @param firstWorkingDayAfter the first working day after {@code lastDay}
 */
public record WorkingDayPeriod(LocalDate begins, int workingDays, PeriodCounting counting, LocalDate lastDay,
                               LocalDate firstWorkingDayAfter) {

    public WorkingDayPeriod {
        Objects.requireNonNull(begins, "begins");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(firstWorkingDayAfter, "firstWorkingDayAfter");
    }
}

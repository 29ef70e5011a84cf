package cn.beijing.platform.policy.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One year's holiday arrangement as published by the General Office of the State Council: the days off
 * (including weekend days inside a holiday block) and the weekend days that are worked instead.
 *
 * @param source the notice it was taken from, e.g. {@code 国办发明电〔2024〕12号}
 */
public record HolidayArrangement(int year, String source, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {

    public HolidayArrangement {
        Objects.requireNonNull(source, "source");
        holidays = Set.copyOf(holidays);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        for (LocalDate d : holidays) {
            if (d.getYear() != year) {
                throw new IllegalArgumentException("holiday " + d + " is not in " + year);
            }
            if (makeUpWorkingDays.contains(d)) {
                throw new IllegalArgumentException(d + " is both a holiday and a make-up working day");
            }
        }
        for (LocalDate d : makeUpWorkingDays) {
            if (d.getYear() != year) {
                throw new IllegalArgumentException("make-up working day " + d + " is not in " + year);
            }
        }
    }
}

package cn.beijing.platform.energy.policy;

import java.time.LocalDate;
import java.time.MonthDay;

import cn.beijing.platform.policy.parameters.ParameterNode;

/**
 * A yearly deadline such as "每年6月底前" (June 30) or "每年9月底前" (September 30), optionally in a later year than
 * the year it concerns (the rating of year Y is due by June 30 of Y+1: {@code yearsAfter = 1}).
 */
public record AnnualDeadline(MonthDay monthDay, int yearsAfter) {

    public AnnualDeadline {
        if (monthDay == null) {
            throw new IllegalArgumentException("monthDay is required");
        }
        if (yearsAfter < 0) {
            throw new IllegalArgumentException("yearsAfter must not be negative");
        }
    }

    /** The day of a parameter file's {@code <prefix>month} and {@code <prefix>day}, e.g. {@code month: 6, day: 30}. */
    public static MonthDay monthDay(ParameterNode value, String prefix) {
        int month = value.integer(prefix + "month");
        int day = value.integer(prefix + "day");
        try {
            return MonthDay.of(month, day);
        } catch (java.time.DateTimeException e) {
            throw value.fail("no such day: month " + month + ", day " + day);
        }
    }

    /** The deadline concerning {@code year}; the day is inclusive ("底前" read as "by the end of"). */
    public LocalDate forYear(int year) {
        return monthDay.atYear(year + yearsAfter);
    }
}

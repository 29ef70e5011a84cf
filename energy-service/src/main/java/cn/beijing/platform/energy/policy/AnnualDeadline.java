package cn.beijing.platform.energy.policy;

import java.time.LocalDate;
import java.time.MonthDay;

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

    /** The deadline concerning {@code year}; the day is inclusive ("底前" read as "by the end of"). */
    public LocalDate forYear(int year) {
        return monthDay.atYear(year + yearsAfter);
    }
}

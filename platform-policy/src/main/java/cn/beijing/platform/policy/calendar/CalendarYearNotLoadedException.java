package cn.beijing.platform.policy.calendar;

/** A date falls in a year for which no official holiday arrangement is loaded. */
public class CalendarYearNotLoadedException extends RuntimeException {

    private final int year;

    public CalendarYearNotLoadedException(int year) {
        super("no official holiday arrangement is loaded for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}

package cn.beijing.platform.common.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The official working-day calendar: Monday to Friday, less the State Council's public holidays, plus its
 * make-up working days (调休上班). Plain Java, no clock: every date is an argument. A date in a year
 * that has no loaded arrangement is an error ({@link CalendarYearNotLoadedException}), never a guess.
 */
public final class WorkingDayCalendar {

    private final Map<Integer, HolidayArrangement> years;

    public WorkingDayCalendar(Iterable<HolidayArrangement> arrangements) {
        Map<Integer, HolidayArrangement> byYear = new TreeMap<>();
        for (HolidayArrangement arrangement : arrangements) {
            if (byYear.put(arrangement.year(), arrangement) != null) {
                throw new IllegalArgumentException("two arrangements for " + arrangement.year());
            }
        }
        this.years = Map.copyOf(byYear);
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public HolidayArrangement arrangement(int year) {
        HolidayArrangement arrangement = years.get(year);
        if (arrangement == null) {
            throw new CalendarYearNotLoadedException(year);
        }
        return arrangement;
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        HolidayArrangement arrangement = arrangement(date.getYear());
        if (arrangement.makeUpWorkingDays().contains(date)) {
            return true;
        }
        if (arrangement.holidays().contains(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code n}th working day of a period that starts on {@code first}: {@code first} itself is day 1
     * when it is a working day, otherwise counting starts on the next working day.
     */
    public LocalDate nthWorkingDay(LocalDate first, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate day = first;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day)) {
                counted++;
                if (counted == n) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate firstWorkingDayAfter(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}

package cn.beijing.platform.policy.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.parameters.ParameterFileException;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;

/**
 * The official working-day calendar: Monday to Friday, less the State Council's public holidays, plus its
 * make-up working days (调休上班). Plain Java, no clock: every date is an argument. A date in a year
 * that has no loaded arrangement is an error ({@link CalendarYearNotLoadedException}), never a guess.
 */
public final class WorkingDayCalendar {

    /** The years shipped with the platform, each in {@code calendar/cn-YYYY.yaml} (a parameter file). */
    public static final List<Integer> SHIPPED_YEARS = List.of(2024, 2025, 2026);

    private final Map<Integer, HolidayArrangement> years;

    /** The shipped years, read from the class path. */
    public static WorkingDayCalendar shipped() {
        ParameterSet files = ParameterSet.classpath(WorkingDayCalendar.class.getClassLoader(), "calendar/");
        List<HolidayArrangement> arrangements = new ArrayList<>();
        for (int year : SHIPPED_YEARS) {
            String name = "cn-" + year;
            EffectiveDated<Days> days = files.get(name, Days::read);
            EffectiveDated.Version<Days> only = days.versions().get(0);
            if (days.versions().size() != 1 || !only.validFrom().equals(LocalDate.of(year, 1, 1))
                    || !LocalDate.of(year, 12, 31).equals(only.validTo())) {
                throw new ParameterFileException(name + ".yaml", "holds one version from " + year
                        + "-01-01, valid_to " + year + "-12-31");
            }
            arrangements.add(new HolidayArrangement(year, files.file(name).source().document(),
                    only.value().holidays(), only.value().makeUpWorkingDays()));
        }
        return new WorkingDayCalendar(arrangements);
    }

    /** The value of a calendar file: days and {@code from..to} blocks. */
    private record Days(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {

        static Days read(ParameterNode value) {
            return new Days(dates(value.list("holidays")), dates(value.list("make_up_working_days")));
        }

        private static Set<LocalDate> dates(List<ParameterNode> entries) {
            Set<LocalDate> dates = new LinkedHashSet<>();
            for (ParameterNode entry : entries) {
                String text = entry.text();
                int range = text.indexOf("..");
                LocalDate from;
                LocalDate to;
                try {
                    from = LocalDate.parse(range < 0 ? text : text.substring(0, range).trim());
                    to = range < 0 ? from : LocalDate.parse(text.substring(range + 2).trim());
                } catch (java.time.format.DateTimeParseException e) {
                    throw entry.fail("is neither a date nor a from..to block");
                }
                if (to.isBefore(from)) {
                    throw entry.fail("a block ends before it starts");
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    dates.add(d);
                }
            }
            return dates;
        }
    }

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

    /**
     * The period of {@code workingDays} working days that begins on {@code begins}: with
     * {@link PeriodCounting#FROM_NEXT_DAY} (民法典 第二百零一条) day 1 is the first working day after {@code begins};
     * with {@link PeriodCounting#FROM_SAME_DAY} {@code begins} is day 1 when it is a working day.
     *
     * @throws CalendarYearNotLoadedException when the period, or the working day after it, reaches a year whose
     *                                        arrangement is not loaded
     */
    public WorkingDayPeriod period(LocalDate begins, int workingDays, PeriodCounting counting) {
        Objects.requireNonNull(counting, "counting");
        LocalDate lastDay = nthWorkingDay(counting.firstCountedDay(begins), workingDays);
        return new WorkingDayPeriod(begins, workingDays, counting, lastDay, firstWorkingDayAfter(lastDay));
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

package cn.beijing.platform.guardianship.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Age in full years (周岁), as in 第十一条 "未成年人满八周岁的".
 *
 * <p>The N-th anniversary is {@code birthDate.plusYears(N)}; for a 29 February birth it falls on 28 February in a
 * common year, the month-end day of 中华人民共和国民法典 第二百零二条 ("没有对应日的，月末日为期间的最后一日").
 *
 * <p>[platform rule] The gazette does not say whether 满N周岁 is reached on the birthday itself or on the day after it
 * (the criminal-law convention: "过了周岁生日，从第二天起"). Parameter {@code full-years-reached-day-after-birthday}:
 * false (default) = reached on the birthday, which lets more minors be heard (第三条 最有利于未成年人); true = the day
 * after.
 */
public final class FullYearsOfAge {

    private final GuardianshipParameters parameters;

    public FullYearsOfAge(GuardianshipParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * Full years of a person born on {@code birthDate} on {@code onDate}, under the counting convention in force on
     * {@code onDate}.
     *
     * @throws PolicyInputException {@code birthDate} missing, {@code visitDate} missing or before the birth
     */
    public int ageOn(LocalDate birthDate, LocalDate onDate) {
        return ageOn(birthDate, onDate, "visitDate");
    }

    /** As {@link #ageOn(LocalDate, LocalDate)}, naming the date field in errors. */
    public int ageOn(LocalDate birthDate, LocalDate onDate, String dateField) {
        PolicyInputException.required(birthDate, "birthDate");
        PolicyInputException.required(onDate, dateField);
        if (onDate.isBefore(birthDate)) {
            throw new PolicyInputException(dateField, onDate + " is before the birth date " + birthDate);
        }
        boolean dayAfter = parameters.fullYearsReachedDayAfterBirthday().inForceOn(onDate).value();
        int years = onDate.getYear() - birthDate.getYear();
        while (years > 0 && reachedOn(birthDate, years, dayAfter).isAfter(onDate)) {
            years--;
        }
        return years;
    }

    /** The day {@code years} full years are reached ([platform rule] birthday or the day after). */
    public LocalDate dayReached(LocalDate birthDate, int years, LocalDate decisionDate) {
        PolicyInputException.required(birthDate, "birthDate");
        boolean dayAfter = parameters.fullYearsReachedDayAfterBirthday().inForceOn(decisionDate).value();
        return reachedOn(birthDate, years, dayAfter);
    }

    private static LocalDate reachedOn(LocalDate birthDate, int years, boolean dayAfter) {
        LocalDate anniversary = birthDate.plusYears(years);
        return dayAfter ? anniversary.plusDays(1) : anniversary;
    }
}

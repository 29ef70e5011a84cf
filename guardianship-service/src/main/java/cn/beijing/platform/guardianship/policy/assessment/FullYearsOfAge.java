package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.Basis;
import java.util.List;
import java.time.LocalDate;
import cn.beijing.platform.guardianship.policy.GazetteCitations;

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
@Rule(id = "full-years-of-age", document = GazetteCitations.ASSESSMENT_MEASURES, article = "第十一条",
        parameters = "full-years-reached-day-after-birthday")
public final class FullYearsOfAge implements Decides<FullYearsOfAge.Input, FullYearsOfAge.Age> {

    /** A person's birth date and the day their age is asked for. */
    public record Input(LocalDate birthDate, LocalDate onDate) {
    }

    public record Age(int ageYears, List<Basis> basis) {
        public Age {
            basis = List.copyOf(basis);
        }
    }

    private final EffectiveDated<Boolean> fullYearsReachedDayAfterBirthday;

    public FullYearsOfAge(ParameterSet parameters) {
        fullYearsReachedDayAfterBirthday = parameters.get("full-years-reached-day-after-birthday", ParameterNode::flag);
    }

    @Override
    public Age decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        int years = ageOn(input.birthDate(), input.onDate(), "onDate");
        return new Age(years, List.of(GazetteCitations.measures("第十一条",
                fullYearsReachedDayAfterBirthday.on(input.onDate(), "onDate"))));
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
        Inputs.required("birthDate", birthDate);
        Inputs.required(dateField, onDate);
        if (onDate.isBefore(birthDate)) {
            throw new PolicyInputException(dateField, "is before the minor's date of birth");
        }
        boolean dayAfter = fullYearsReachedDayAfterBirthday.on(onDate).value();
        int years = onDate.getYear() - birthDate.getYear();
        while (years > 0 && reachedOn(birthDate, years, dayAfter).isAfter(onDate)) {
            years--;
        }
        return years;
    }

    /** The day {@code years} full years are reached ([platform rule] birthday or the day after). */
    public LocalDate dayReached(LocalDate birthDate, int years, LocalDate decisionDate) {
        Inputs.required("birthDate", birthDate);
        boolean dayAfter = fullYearsReachedDayAfterBirthday.on(decisionDate).value();
        return reachedOn(birthDate, years, dayAfter);
    }

    private static LocalDate reachedOn(LocalDate birthDate, int years, boolean dayAfter) {
        LocalDate anniversary = birthDate.plusYears(years);
        return dayAfter ? anniversary.plusDays(1) : anniversary;
    }
}

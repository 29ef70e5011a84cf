package cn.beijing.platform.subsidy.policy;

import java.time.LocalDate;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;

/**
 * The day a step is entered for (applied, decided, published, received, resolved, ordered): the day given, or today
 * when none is; never a day after today, which is an input error on its field.
 */
public final class EnteredDay {

    private EnteredDay() {
    }

    /** {@code entered}, or {@code today} when it is {@code null}; a day after today is refused on {@code field}. */
    public static LocalDate orToday(String field, LocalDate entered, LocalDate today) {
        Inputs.required("today", today);
        LocalDate on = entered != null ? entered : today;
        if (on.isAfter(today)) {
            throw new PolicyInputException(field, "is in the future");
        }
        return on;
    }
}

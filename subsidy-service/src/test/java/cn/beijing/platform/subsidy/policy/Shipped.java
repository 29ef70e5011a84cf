package cn.beijing.platform.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.policy.RuleBook;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.policy.parameters.ParameterSet;

/** The shipped parameter files, calendar and rule book, loaded once through the real loader, for every policy test. */
public final class Shipped {

    public static final ParameterSet PARAMETERS = ParameterSet.shipped();
    public static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.shipped();
    public static final RuleBook RULES = RuleBook.load(Shipped.class.getClassLoader(), PARAMETERS, CALENDAR);

    private Shipped() {
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}

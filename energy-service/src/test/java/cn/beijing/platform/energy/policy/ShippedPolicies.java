package cn.beijing.platform.energy.policy;

import cn.beijing.platform.policy.RuleBook;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.policy.parameters.ParameterSet;

/** The rules built from the shipped parameter files and the shipped working-day calendar. */
public final class ShippedPolicies {

    public static final ParameterSet PARAMETERS = ParameterSet.shipped();
    public static final RuleBook POLICIES = RuleBook.load(ShippedPolicies.class.getClassLoader(), PARAMETERS,
            WorkingDayCalendar.shipped());

    private ShippedPolicies() {
    }
}

package cn.beijing.platform.medical.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.RuleBook;
import cn.beijing.platform.policy.parameters.ParameterSet;

/** The shipped parameter files and the rules built from them, for every test. */
public final class ShippedParameters {

    public static final ParameterSet PARAMETERS = ParameterSet.shipped();
    public static final RuleBook RULES = RuleBook.load(ShippedParameters.class.getClassLoader(), PARAMETERS);

    private ShippedParameters() {
    }

    /** The shipped parameter {@code name}, each version bound to {@code type}. */
    public static <T> EffectiveDated<T> parameter(String name, Class<T> type) {
        return PARAMETERS.get(name, type);
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}

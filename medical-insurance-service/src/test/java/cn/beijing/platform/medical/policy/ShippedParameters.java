package cn.beijing.platform.medical.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.RuleBook;
import cn.beijing.platform.policy.parameters.ParameterSet;

/** The shipped parameter files and the rules built from them, for every test. */
final class ShippedParameters {

    static final ParameterSet PARAMETERS = ParameterSet.shipped();
    static final RuleBook RULES = RuleBook.load(ShippedParameters.class.getClassLoader(), PARAMETERS);

    private ShippedParameters() {
    }

    /** The shipped parameter {@code name}, each version bound to {@code type}. */
    static <T> EffectiveDated<T> parameter(String name, Class<T> type) {
        return PARAMETERS.get(name, type);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}

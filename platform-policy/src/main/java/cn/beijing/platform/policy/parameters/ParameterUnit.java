package cn.beijing.platform.policy.parameters;

import java.util.Arrays;
import java.util.Locale;

/**
 * The closed list of units a parameter file may declare ({@code unit:}). In a table, the unit is that of its money
 * amounts and thresholds; a key ending in {@code _percent}, {@code _ratio}, {@code _count}, {@code _years},
 * {@code _flag}, {@code _yuan_per_square_metre_per_day} or {@code _ten_thousand_usd} carries the unit its suffix names.
 */
public enum ParameterUnit {
    YUAN,
    TEN_THOUSAND_YUAN,
    RATIO,
    PERCENT,
    SQUARE_METRE,
    COUNT,
    YEARS,
    MONTHS,
    WORKING_DAYS,
    DATE,
    FLAG;

    /** The unit as written in a file, e.g. {@code ten_thousand_yuan}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ParameterUnit parse(String file, Object value) {
        for (ParameterUnit unit : values()) {
            if (unit.key().equals(value)) {
                return unit;
            }
        }
        throw new ParameterFileException(file, "unit '" + value + "' is not one of "
                + Arrays.stream(values()).map(ParameterUnit::key).toList());
    }
}

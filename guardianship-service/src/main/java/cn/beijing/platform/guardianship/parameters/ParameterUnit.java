package cn.beijing.platform.guardianship.parameters;

import java.util.Locale;

/** The closed list of units a parameter file may declare. */
public enum ParameterUnit {
    YUAN,
    TEN_THOUSAND_YUAN,
    RATIO,
    PERCENT,
    SQUARE_METRE,
    COUNT,
    YEARS,
    MONTHS,
    DAYS,
    WORKING_DAYS,
    DATE,
    KGCE_PER_SQUARE_METRE,
    FLAG;

    public static ParameterUnit parse(String file, Object value) {
        if (value instanceof String s) {
            for (ParameterUnit unit : values()) {
                if (unit.name().toLowerCase(Locale.ROOT).equals(s)) {
                    return unit;
                }
            }
        }
        throw new ParameterFileException(file, "unit must be one of yuan, ten_thousand_yuan, ratio, percent, "
                + "square_metre, count, years, months, days, working_days, date, kgce_per_square_metre, flag; was " + value);
    }
}

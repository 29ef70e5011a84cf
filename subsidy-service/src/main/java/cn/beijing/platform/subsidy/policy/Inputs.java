package cn.beijing.platform.subsidy.policy;

import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.PolicyInputException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Checks on inputs shared by the rules; each failure is a {@link PolicyInputException} naming the field. */
public final class Inputs {

    private Inputs() {
    }

    public static BigDecimal nonNegative(String field, BigDecimal value) {
        if (value == null) {
            throw new PolicyInputException(field, "is required");
        }
        if (value.signum() < 0) {
            throw new PolicyInputException(field, "must not be negative");
        }
        return value;
    }

    /** {@code null} reads as zero (an optional amount); a negative amount is refused. */
    public static BigDecimal optionalNonNegative(String field, BigDecimal value) {
        return value == null ? BigDecimal.ZERO : nonNegative(field, value);
    }

    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new PolicyInputException(field, "must not be negative");
        }
        return value;
    }

    public static LocalDate date(String field, LocalDate value) {
        if (value == null) {
            throw new PolicyInputException(field, "is required");
        }
        return value;
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new PolicyInputException(field, "is required");
        }
        return value;
    }

    /** The value of a parameter on the decision date; a date outside every window is a 422 on {@code decisionDate}. */
    public static <T> T inForce(EffectiveDated<T> parameter, LocalDate decisionDate) {
        return parameter.on(date("decisionDate", decisionDate)).value();
    }
}

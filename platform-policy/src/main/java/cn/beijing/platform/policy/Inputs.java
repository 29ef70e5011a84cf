package cn.beijing.platform.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The input checks every rule shares. Each takes the field's name first (a JSON path from the top of the rule's input,
 * {@code children[2].leftOn}) and its value, returns the value when it passes, and otherwise throws a
 * {@link PolicyInputException} naming the field, which the HTTP layer answers 422. Messages never quote text values
 * (they may be personal data); numbers are quoted.
 */
public final class Inputs {

    private Inputs() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new PolicyInputException(field, "is required");
        }
        return value;
    }

    /** A required date (an alias of {@link #required} that reads better at the call). */
    public static LocalDate date(String field, LocalDate value) {
        return required(field, value);
    }

    public static BigDecimal nonNegative(String field, BigDecimal value) {
        if (required(field, value).signum() < 0) {
            throw new PolicyInputException(field, "must not be negative (was " + value.toPlainString() + ")");
        }
        return value;
    }

    /** {@code null} reads as zero (an optional amount); a negative amount is refused. */
    public static BigDecimal optionalNonNegative(String field, BigDecimal value) {
        return value == null ? BigDecimal.ZERO : nonNegative(field, value);
    }

    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new PolicyInputException(field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new PolicyInputException(field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    public static BigDecimal positive(String field, BigDecimal value) {
        if (required(field, value).signum() <= 0) {
            throw new PolicyInputException(field, "must be greater than 0 (was " + value.toPlainString() + ")");
        }
        return value;
    }

    public static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new PolicyInputException(field, "is required");
        }
        return value;
    }

    /** A code (group, item, drug…) without its surrounding blanks; a blank code is refused. */
    public static String code(String field, String value) {
        String trimmed = required(field, value).strip();
        if (trimmed.isEmpty()) {
            throw new PolicyInputException(field, "must not be blank");
        }
        return trimmed;
    }

    /**
     * The value of a parameter on the decision date; a date on which no version is in force is an error on
     * {@code decisionDate}.
     */
    public static <T> T inForce(EffectiveDated<T> parameter, LocalDate decisionDate) {
        return parameter.on(date("decisionDate", decisionDate)).value();
    }
}

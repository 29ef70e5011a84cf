package cn.beijing.platform.medical.policy;

import cn.beijing.platform.policy.PolicyInputException;
import java.math.BigDecimal;

/** Validation of policy inputs; every failure names the input field. */
public final class InputChecks {

    private InputChecks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new PolicyInputException(field, "is required");
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String field) {
        required(value, field);
        if (value.signum() < 0) {
            throw new PolicyInputException(field, "must not be negative (was " + value.toPlainString() + ")");
        }
        return value;
    }

    public static BigDecimal positive(BigDecimal value, String field) {
        required(value, field);
        if (value.signum() <= 0) {
            throw new PolicyInputException(field, "must be greater than 0 (was " + value.toPlainString() + ")");
        }
        return value;
    }

    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new PolicyInputException(field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    public static String code(String value, String field) {
        required(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new PolicyInputException(field, "must not be blank");
        }
        return trimmed;
    }
}

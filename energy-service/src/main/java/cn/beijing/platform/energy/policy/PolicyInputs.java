package cn.beijing.platform.energy.policy;

import cn.beijing.platform.policy.PolicyInputException;
import java.math.BigDecimal;

/** Shared input checks; each names the field at fault. */
public final class PolicyInputs {

    private PolicyInputs() {
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
            throw new PolicyInputException(field, "must be positive (was " + value.toPlainString() + ")");
        }
        return value;
    }

    public static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new PolicyInputException(field, "is required");
        }
        return value;
    }
}

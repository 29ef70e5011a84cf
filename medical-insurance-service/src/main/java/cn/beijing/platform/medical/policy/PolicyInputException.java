package cn.beijing.platform.medical.policy;

import cn.beijing.platform.common.error.InvalidInputException;

/**
 * An input a medical-insurance rule cannot decide on (negative amount, unknown code, a date outside every
 * validity window of the rule). Carries the offending field so the HTTP layer can answer 422 naming it.
 */
public class PolicyInputException extends InvalidInputException {

    private final String field;

    public PolicyInputException(String field, String message) {
        super(field, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package cn.beijing.platform.subsidy.policy;

import cn.beijing.platform.common.error.InvalidInputException;

/**
 * An input a policy rule cannot decide on (negative area, missing date, unknown code…). Carries the
 * offending field as a JSON path ({@code children[2].leftOn}) so the HTTP layer answers 422 naming it.
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

package cn.beijing.platform.common.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that could be read but breaks {@link InputRules}: answered 422 naming its path (the message is the
 * rule, never the value).
 */
public class RefusedInputException extends MismatchedInputException {

    private final String rule;

    public RefusedInputException(JsonParser parser, String rule, Class<?> targetType) {
        super(parser, rule, targetType);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}

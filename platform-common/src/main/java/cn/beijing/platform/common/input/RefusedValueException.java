package cn.beijing.platform.common.input;

/**
 * A request parameter that could be read but breaks {@link InputRules}; answered 422 naming the parameter. The
 * message is the rule, never the value.
 */
public class RefusedValueException extends IllegalArgumentException {

    public RefusedValueException(String rule) {
        super(rule);
    }
}

package cn.beijing.platform.subsidy.policy;

import java.time.LocalDate;

/** No value of a parameter is in force on the date a rule asked for: a configuration gap, never a guess. */
public class ParameterNotInForceException extends RuntimeException {

    private final String parameter;
    private final LocalDate date;

    public ParameterNotInForceException(String parameter, LocalDate date) {
        super("no value of parameter " + parameter + " is in force on " + date);
        this.parameter = parameter;
        this.date = date;
    }

    public String parameter() {
        return parameter;
    }

    public LocalDate date() {
        return date;
    }
}

package cn.beijing.platform.policy;

import java.time.LocalDate;

/**
 * No version of a parameter is in force on the date a rule asked for (e.g. before the document took effect): bad
 * input naming the date's field, never a guess.
 */
public class ParameterNotInForceException extends PolicyInputException {

    private final String parameter;
    private final LocalDate date;

    public ParameterNotInForceException(String field, String parameter, LocalDate date) {
        super(field, "parameter " + parameter + " is not in force on " + date);
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

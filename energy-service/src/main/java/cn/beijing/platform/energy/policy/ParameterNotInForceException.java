package cn.beijing.platform.energy.policy;

import java.time.LocalDate;

/** No version of a parameter is in force on the decision date (e.g. before 京建法〔2024〕12号 took effect). */
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

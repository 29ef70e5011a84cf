package cn.beijing.platform.energy.policy;

import java.util.Objects;

/**
 * An input to a policy method is invalid (negative area, public area above total area, unknown code…).
 * Carries the offending field so the HTTP layer can answer 422 naming it.
 */
public class PolicyInputException extends RuntimeException {

    private final String field;

    public PolicyInputException(String field, String message) {
        super(field + ": " + message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The request field at fault, e.g. {@code publicArea} or {@code excludedLoads[1].quantity}. */
    public String field() {
        return field;
    }
}

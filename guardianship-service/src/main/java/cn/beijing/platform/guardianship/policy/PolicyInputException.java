package cn.beijing.platform.guardianship.policy;

import java.util.Objects;

/**
 * An input a rule cannot decide on (unknown indicator code, visit before birth, missing flag…).
 * {@link #field()} names the offending field as the request names it (e.g. {@code adverseFindings[2]},
 * {@code assessors[1].credentialShown}); the HTTP layer maps it to a 422 naming that field.
 */
public class PolicyInputException extends RuntimeException {

    private final String field;

    public PolicyInputException(String field, String message) {
        super(field + ": " + message);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }

    /** The message without the field prefix. */
    public String reason() {
        String message = getMessage();
        return message.substring(field.length() + 2);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new PolicyInputException(field, "is required");
        }
        return value;
    }
}

package cn.beijing.platform.policy;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An input a rule cannot decide on: a negative area, a missing date, an unknown code, a date on which no version of a
 * parameter is in force. {@link #field()} names the offending input as a JSON path ({@code children[2].leftOn}); the
 * HTTP layer answers 422 naming it. The {@link #reason()} never quotes personal data.
 */
public class PolicyInputException extends RuntimeException {

    private final String field;
    private final String reason;

    public PolicyInputException(String field, String reason) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
        this.field = field;
        this.reason = reason;
    }

    /** The input at fault, as a JSON path from the top of the rule's input. */
    public String field() {
        return field;
    }

    /** What is wrong with it, without the field. */
    public String reason() {
        return reason;
    }

    /** The same error named from an enclosing input: {@code under("claims.article02")} of {@code premium}. */
    public PolicyInputException under(String prefix) {
        return new PolicyInputException(join(prefix, field), reason);
    }

    /** The same error with {@code from} named {@code to} (e.g. the rule's {@code decisionDate} is a request's {@code reviewedOn}). */
    public PolicyInputException renamed(String from, String to) {
        return field.equals(from) ? new PolicyInputException(to, reason) : this;
    }

    /** Runs a rule on a nested input; its input errors are named from the top of the enclosing input. */
    public static <T> T nested(String prefix, Supplier<T> evaluation) {
        try {
            return evaluation.get();
        } catch (PolicyInputException e) {
            throw prefix == null || prefix.isEmpty() ? e : e.under(prefix);
        }
    }

    /** Runs a rule; an error on its field {@code from} is reported on {@code to}. */
    public static <T> T renaming(String from, String to, Supplier<T> evaluation) {
        try {
            return evaluation.get();
        } catch (PolicyInputException e) {
            throw e.renamed(from, to);
        }
    }


    /** {@code prefix.field}; an empty field or {@code input} stands for the prefix itself. */
    public static String join(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field;
        }
        if (field == null || field.isEmpty() || "input".equals(field)) {
            return prefix;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }
}

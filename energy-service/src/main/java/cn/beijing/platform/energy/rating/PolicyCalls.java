package cn.beijing.platform.energy.rating;

import java.util.function.Supplier;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.energy.policy.PolicyInputException;

/** Calls a policy and turns its input errors into 422 problems naming the request field. */
public final class PolicyCalls {

    private PolicyCalls() {
    }

    public static <T> T decide(Supplier<T> decision) {
        try {
            return decision.get();
        } catch (PolicyInputException e) {
            throw new InvalidInputException(e.field(), message(e));
        }
    }

    /** As {@link #decide(Supplier)}, reporting every policy error under {@code field} (e.g. a path variable). */
    public static <T> T decide(String field, Supplier<T> decision) {
        try {
            return decision.get();
        } catch (PolicyInputException e) {
            throw new InvalidInputException(field, message(e));
        }
    }

    public static String message(PolicyInputException e) {
        String text = e.getMessage();
        String prefix = e.field() + ": ";
        return text != null && text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}

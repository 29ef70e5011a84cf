package cn.beijing.platform.subsidy.programmes;

import java.util.List;
import java.util.function.Supplier;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;

/**
 * Policy rules name the offending field relative to their own input ({@code projectFunding}); a request that nests
 * that input ({@code claims.measure01}) must name it from the top of the body.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    public static <T> T under(String prefix, Supplier<T> evaluation) {
        if (prefix == null || prefix.isEmpty()) {
            return evaluation.get();
        }
        try {
            return evaluation.get();
        } catch (InvalidInputException e) {
            List<FieldError> errors = e.errors().stream()
                    .map(error -> new FieldError(join(prefix, error.field()), error.message()))
                    .toList();
            throw new InvalidInputException(errors);
        }
    }

    public static String join(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field;
        }
        return field == null || field.isEmpty() || "input".equals(field) ? prefix : prefix + "." + field;
    }
}

package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.util.List;
import java.util.Objects;

/**
 * One broken rule: its stable code, the input field it concerns (or {@code null} for the whole input) and its basis.
 */
public record RuleBreach<C extends Enum<C>>(C code, String field, String detail, List<Basis> basis) implements PolicyDecision {

    public RuleBreach {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        basis = List.copyOf(basis);
        if (basis.isEmpty()) {
            throw new IllegalArgumentException("a breach cites its basis");
        }
    }
}

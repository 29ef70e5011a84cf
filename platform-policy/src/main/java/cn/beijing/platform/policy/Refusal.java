package cn.beijing.platform.policy;

import java.util.List;
import java.util.Objects;

/**
 * One reason a step or a claim is refused: a stable code a client may switch on, a human-readable detail without
 * personal data, and the basis of the rule that refuses it.
 */
public record Refusal(String code, String detail, List<Basis> basis) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        basis = List.copyOf(basis);
        if (basis.isEmpty()) {
            throw new IllegalArgumentException("a refusal cites its basis");
        }
    }

    public Refusal(String code, String detail, Basis basis) {
        this(code, detail, List.of(basis));
    }
}

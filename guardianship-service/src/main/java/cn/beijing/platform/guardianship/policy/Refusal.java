package cn.beijing.platform.guardianship.policy;

import cn.beijing.platform.common.basis.Basis;
import java.util.List;
import java.util.Objects;

/** A refused step: stable code, human-readable detail, and the basis of the rule that refuses it. */
public record Refusal(ProcessRefusalCode code, String detail, List<Basis> basis) implements PolicyDecision {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        basis = List.copyOf(basis);
        if (basis.isEmpty()) {
            throw new IllegalArgumentException("a refusal cites its basis");
        }
    }
}

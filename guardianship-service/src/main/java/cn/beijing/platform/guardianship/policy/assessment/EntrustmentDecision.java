package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.util.List;

/** Whether an entrustment meets 第七条, with each breach and the field it concerns. */
public record EntrustmentDecision(
        boolean compliant,
        List<EntrustmentViolation> violations,
        List<RuleBreach<EntrustmentViolation>> breaches,
        List<Basis> basis) implements PolicyDecision {

    public EntrustmentDecision {
        violations = List.copyOf(violations);
        breaches = List.copyOf(breaches);
        basis = List.copyOf(basis);
    }
}

package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.util.List;

/** Whether 第四条 makes the assessment mandatory for this occasion. */
public record AssessmentObligationDecision(AssessmentTrigger trigger, boolean mandatory, List<Basis> basis)
        implements PolicyDecision {

    public AssessmentObligationDecision {
        basis = List.copyOf(basis);
    }
}

package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.util.List;

/** Whether the assessors must report to public security promptly (第十四条). */
public record PoliceReportDecision(boolean required, List<Basis> basis) implements PolicyDecision {

    public PoliceReportDecision {
        basis = List.copyOf(basis);
    }
}

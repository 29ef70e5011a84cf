package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/**
 * Findings per indicator with the risk they show (附件), and whether they oblige a police report (第十四条).
 * A later FindingsRecorded before the report replaces an earlier one.
 */
public record FindingsRecorded(LocalDate date, List<String> adverseFindings, RiskEvaluation risk,
                               boolean policeReportRequired, List<Basis> basis) implements ProcessEvent {
    public FindingsRecorded {
        adverseFindings = List.copyOf(adverseFindings);
        basis = List.copyOf(basis);
    }
}

package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.util.List;

/**
 * {@code POST /api/guardianship/risk-evaluations}: the overall risk computed from the adverse findings.
 *
 * @param overallRisk        highest risk among the adverse findings ([platform rule], see {@link GuardianshipRisk})
 * @param highRiskFindings   adverse findings on ★★ points, in input order
 * @param mediumRiskFindings adverse findings on ★ points, in input order
 * @param lowRiskFindings    adverse findings on unmarked points, in input order
 */
public record RiskEvaluation(
        OverallRisk overallRisk,
        List<String> highRiskFindings,
        List<String> mediumRiskFindings,
        List<String> lowRiskFindings,
        List<Basis> basis) implements PolicyDecision {

    public RiskEvaluation {
        highRiskFindings = List.copyOf(highRiskFindings);
        mediumRiskFindings = List.copyOf(mediumRiskFindings);
        lowRiskFindings = List.copyOf(lowRiskFindings);
        basis = List.copyOf(basis);
    }
}

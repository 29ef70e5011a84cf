package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/**
 * The written report (第十二条) with its three conclusions, the computed risk beside the assessors' risk conclusion,
 * and the recommendations.
 */
public record ReportIssued(LocalDate date, boolean dutyProperlyFulfilled, boolean hasGuardianshipCapacity,
                           OverallRisk riskConclusion, OverallRisk computedRisk, List<String> recommendations,
                           String reasonForDifferingRiskConclusion, List<Basis> basis) implements ProcessEvent {
    public ReportIssued {
        recommendations = List.copyOf(recommendations);
        basis = List.copyOf(basis);
    }
}

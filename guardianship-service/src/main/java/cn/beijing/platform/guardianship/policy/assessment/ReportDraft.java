package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The written assessment report (第十二条): three conclusions and the intervention/assistance recommendations.
 *
 * @param dutyProperlyFulfilled           (a) 监护人是否正确履行家庭监护责任
 * @param hasGuardianshipCapacity         (b) 是否具备家庭监护能力
 * @param riskConclusion                  (c) 是否存在家庭监护风险 — NONE, or its level
 * @param recommendations                 对家庭监护进行干预帮扶提出建议 (at least one)
 * @param reasonForDifferingRiskConclusion required when {@code riskConclusion} differs from the computed overall risk
 */
public record ReportDraft(
        LocalDate date,
        Boolean dutyProperlyFulfilled,
        Boolean hasGuardianshipCapacity,
        OverallRisk riskConclusion,
        List<String> recommendations,
        String reasonForDifferingRiskConclusion) {
}

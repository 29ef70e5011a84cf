package cn.beijing.platform.guardianship.api;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.guardianship.policy.assessment.OverallRisk;
import cn.beijing.platform.guardianship.policy.assessment.Sex;
import cn.beijing.platform.guardianship.policy.assessment.VisitTeamViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request and response bodies of the stateless calculators (docs/API.md). */
final class CalculatorRequests {

    private CalculatorRequests() {
    }

    /** {@code POST /api/guardianship/risk-evaluations}. */
    record RiskEvaluationRequest(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 16) String> adverseFindings) {
    }

    record RiskEvaluationResponse(OverallRisk overallRisk, List<String> highRiskFindings, List<String> mediumRiskFindings,
                                  List<String> lowRiskFindings, List<Basis> basis) {
    }

    /** {@code POST /api/guardianship/visit-checks}. */
    record VisitCheckRequest(@NotNull Sex minorSex, @NotNull @PositiveOrZero Integer minorAgeYears,
                             @NotNull @Size(max = 50) List<@Valid @NotNull AssessorInput> assessors) {
    }

    /** An assessor on an on-site visit (第十一条, 第七条). */
    record AssessorInput(@NotNull Sex sex, @NotNull Boolean credentialShown, @NotNull Boolean conflictOfInterest) {
    }

    record VisitCheckResponse(boolean compliant, List<VisitTeamViolation> violations, List<Breach> breaches,
                              boolean minorInterviewRequired, List<Basis> basis) {
    }

    /** One violation with the field it concerns and its own basis. */
    record Breach(VisitTeamViolation code, String field, String detail, List<Basis> basis) {
    }
}

package cn.beijing.platform.guardianship.api;

import cn.beijing.platform.guardianship.api.CalculatorRequests.AssessorInput;
import cn.beijing.platform.guardianship.api.CalculatorRequests.Breach;
import cn.beijing.platform.guardianship.api.CalculatorRequests.RiskEvaluationRequest;
import cn.beijing.platform.guardianship.api.CalculatorRequests.RiskEvaluationResponse;
import cn.beijing.platform.guardianship.api.CalculatorRequests.VisitCheckRequest;
import cn.beijing.platform.guardianship.api.CalculatorRequests.VisitCheckResponse;
import cn.beijing.platform.guardianship.policy.assessment.Assessor;
import cn.beijing.platform.guardianship.policy.assessment.GuardianshipRisk;
import cn.beijing.platform.guardianship.policy.assessment.RiskEvaluation;
import cn.beijing.platform.guardianship.policy.assessment.VisitTeam;
import cn.beijing.platform.guardianship.policy.assessment.VisitTeamCheck;
import cn.beijing.platform.guardianship.policy.assessment.VisitTeamDecision;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The "what if" calculators of docs/API.md, any authenticated role; decided by the same policy code as the workflow, with
 * the parameters in force today (Asia/Shanghai). Nothing is stored.
 */
@RestController
@RequestMapping("/api/guardianship")
@RequiredArgsConstructor
class CalculatorController {

    private final GuardianshipRisk risk;
    private final VisitTeamCheck visitTeamCheck;
    private final Clock clock;

    /** 附件 + [platform rule]: the overall risk is the highest risk among the adverse findings. */
    @Operation(summary = "The overall risk of adverse findings by the indicator annex (京民儿福发〔2024〕103号 附件)")
    @PostMapping("/risk-evaluations")
    Mono<RiskEvaluationResponse> evaluateRisk(@Valid @RequestBody RiskEvaluationRequest request) {
        return Mono.fromSupplier(() -> {
            RiskEvaluation evaluation = risk.evaluate(request.adverseFindings(), LocalDate.now(clock));
            return new RiskEvaluationResponse(evaluation.overallRisk(), evaluation.highRiskFindings(),
                    evaluation.mediumRiskFindings(), evaluation.lowRiskFindings(), evaluation.basis());
        });
    }

    /** 第十一条 team rules and 第七条 recusal for one on-site visit. */
    @Operation(summary = "Whether an on-site visit team keeps the visit rules (京民儿福发〔2024〕103号 第十一条, 第七条)")
    @PostMapping("/visit-checks")
    Mono<VisitCheckResponse> checkVisit(@Valid @RequestBody VisitCheckRequest request) {
        return Mono.fromSupplier(() -> {
            List<Assessor> assessors = request.assessors().stream().map(CalculatorController::assessor).toList();
            VisitTeamDecision decision = visitTeamCheck.check(
                    new VisitTeam(request.minorSex(), request.minorAgeYears(), assessors), LocalDate.now(clock));
            return new VisitCheckResponse(decision.compliant(), decision.violations(),
                    decision.breaches().stream().map(b -> new Breach(b.code(), b.field(), b.detail(), b.basis())).toList(),
                    decision.minorInterviewRequired(), decision.basis());
        });
    }

    static Assessor assessor(AssessorInput input) {
        return new Assessor(input.sex(), input.credentialShown(), input.conflictOfInterest());
    }
}

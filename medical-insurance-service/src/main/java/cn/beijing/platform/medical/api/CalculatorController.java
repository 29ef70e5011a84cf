package cn.beijing.platform.medical.api;

import java.util.List;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.beijing.platform.common.input.Year;
import cn.beijing.platform.medical.api.CalculatorRequests.DrgPaymentEvaluationRequest;
import cn.beijing.platform.medical.api.CalculatorRequests.DrugPriceEvaluationRequest;
import cn.beijing.platform.medical.policy.drg.DrgPaymentEvaluation;
import cn.beijing.platform.medical.policy.drg.DrgPaymentEvaluationInput;
import cn.beijing.platform.medical.policy.drg.DrgSettlement;
import cn.beijing.platform.medical.policy.drug.DrugPaymentStandard;
import cn.beijing.platform.medical.policy.drug.DrugPriceEvaluation;
import cn.beijing.platform.medical.policy.drug.DrugPriceInput;
import cn.beijing.platform.medical.policy.resident.ResidentContributionRow;
import cn.beijing.platform.medical.policy.resident.ResidentContributionStandard;
import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;

/**
 * The stateless calculators of docs/API.md, for any authenticated role. Each answer is the policy's decision as is, with
 * its basis; bad input is 422 naming the field (the policy's {@code PolicyInputException} is an InvalidInputException).
 */
@RestController
@RequestMapping("/api/medical-insurance")
@RequiredArgsConstructor
class CalculatorController {

    private final DrugPaymentStandard drugPaymentStandard;
    private final ResidentContributionStandard residentContributions;
    private final DrgSettlement drgSettlement;

    /** 京医保发〔2024〕21号 一(三): {@code reimbursableBase = min(P,S)×q}, {@code insuredExtra = max(0,P−S)×q}. */
    @Operation(summary = "Reimbursable base and the part borne by the insured of a drug price (京医保发〔2024〕21号 一(三))")
    @PostMapping("/drug-price-evaluations")
    Mono<DrugPriceEvaluation> drugPrice(@Valid @RequestBody DrugPriceEvaluationRequest request) {
        return Mono.fromCallable(() -> drugPaymentStandard.evaluate(
                new DrugPriceInput(request.price(), request.paymentStandard(), request.quantity())));
    }

    /** 京医保发〔2024〕23号: one row per category; a year without a loaded table → 422 naming {@code year}. */
    @Operation(summary = "Resident insurance contributions and subsidies of a year per category (京医保发〔2024〕23号)")
    @GetMapping("/resident-contributions")
    Mono<List<ResidentContributionRow>> residentContributions(@RequestParam @Year int year) {
        return Mono.fromCallable(() -> residentContributions.forYear(year).rows());
    }

    /** 京医保发〔2024〕24号 二(一), 二(二), 五: standard = weight × rate, payment and retained surplus. */
    @Operation(summary = "DRG payment standard, payment and retained surplus of a case (京医保发〔2024〕24号 二(一), 二(二), 五)")
    @PostMapping("/drg-payment-evaluations")
    Mono<DrgPaymentEvaluation> drgPayment(@Valid @RequestBody DrgPaymentEvaluationRequest request) {
        return Mono.fromCallable(() -> drgSettlement.evaluate(new DrgPaymentEvaluationInput(request.weight(),
                request.infectiousDiseaseSpecialty(), request.insurance(), request.actualCost(),
                request.dischargeDate())));
    }
}

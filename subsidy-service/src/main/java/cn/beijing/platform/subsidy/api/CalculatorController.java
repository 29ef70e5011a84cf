package cn.beijing.platform.subsidy.api;

import java.time.Clock;
import java.time.LocalDate;

import cn.beijing.platform.subsidy.api.CalculatorRequests.DocumentCheckRequest;
import cn.beijing.platform.subsidy.api.CalculatorRequests.LicensedInstitutionRequest;
import cn.beijing.platform.subsidy.api.CalculatorRequests.NoticePeriodRequest;
import cn.beijing.platform.subsidy.api.CalculatorRequests.PerChildSettlementRequest;
import cn.beijing.platform.subsidy.api.CalculatorRequests.RentEvaluationRequest;
import cn.beijing.platform.subsidy.policy.finance.FinanceSupportDecision;
import cn.beijing.platform.subsidy.policy.finance.LicensedInstitutionSubsidy;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement;
import cn.beijing.platform.subsidy.policy.kindergarten.PreschoolAid;
import cn.beijing.platform.subsidy.policy.kindergarten.PublicNoticePeriod;
import cn.beijing.platform.subsidy.policy.kindergarten.RentSubsidy;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The stateless calculators of docs/API.md for 京技管发〔2024〕30号 and 33号 第八条 and the notice period; any
 * authenticated role. Where a rule is effective-dated and the request has no date of its own, the optional
 * {@code decisionDate} query parameter picks the parameters in force (default: today, Asia/Shanghai).
 */
@RestController
@RequestMapping("/api/subsidies")
class CalculatorController extends Calculators {

    private final PerChildSubsidySettlement settlement;
    private final RentSubsidy rent;
    private final PublicNoticePeriod noticePeriod;
    private final LicensedInstitutionSubsidy licensedInstitution;
    private final KindergartenEligibility eligibility;
    private final DocumentChecklist checklist;
    private final PreschoolAid preschoolAid;

    CalculatorController(PerChildSubsidySettlement settlement, RentSubsidy rent, PublicNoticePeriod noticePeriod,
                         LicensedInstitutionSubsidy licensedInstitution, KindergartenEligibility eligibility,
                         DocumentChecklist checklist, PreschoolAid preschoolAid, Clock clock) {
        super(clock);
        this.settlement = settlement;
        this.rent = rent;
        this.noticePeriod = noticePeriod;
        this.licensedInstitution = licensedInstitution;
        this.eligibility = eligibility;
        this.checklist = checklist;
        this.preschoolAid = preschoolAid;
    }

    /** 第五条: monthly counts, the Sep 30 / Mar 31 counts, quarterly advances and the January settlement. */
    @Operation(summary = "Per-child subsidy: monthly counts, quarterly advances and the January settlement (京技管发〔2024〕30号 第五条)")
    @PostMapping("/kindergarten/per-child-settlements")
    Mono<PerChildSubsidySettlement.SettlementDecision> perChildSettlement(
            @Valid @RequestBody PerChildSettlementRequest request) {
        return Mono.fromCallable(() -> settlement.settle(request.year(), request.children().stream()
                .map(c -> new PerChildSubsidySettlement.Child(c.id(), c.birthDate(), c.enteredOn(), c.autumnIntake(),
                        c.leftOn(), c.graduated()))
                .toList()));
    }

    /** 第六条: min(rent, 5 yuan) × min(leased area, per-child cap × children) × days. */
    @Operation(summary = "Rent subsidy of a leased kindergarten (京技管发〔2024〕30号 第六条)")
    @PostMapping("/kindergarten/rent-evaluations")
    Mono<RentSubsidy.RentDecision> rent(@Valid @RequestBody RentEvaluationRequest request,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                       LocalDate decisionDate) {
        return Mono.fromCallable(() -> rent.evaluate(new RentSubsidy.RentEvaluation(
                request.actualRentPerSquareMetrePerDay(), request.leasedArea(), request.children(),
                request.perChildAreaCap(), request.days()), dateOr(decisionDate)));
    }

    /** 第六条: the lease conditions (first lease of a new kindergarten, third-party appraisal) and the payment quarter. */
    @Operation(summary = "Whether a lease qualifies for the rent subsidy, and its payment quarter (京技管发〔2024〕30号 第六条)")
    @PostMapping("/kindergarten/lease-checks")
    Mono<RentSubsidy.LeaseDecision> lease(@RequestBody RentSubsidy.Lease request,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                         LocalDate decisionDate) {
        return Mono.fromCallable(() -> rent.checkLease(request, dateOr(decisionDate)));
    }

    /** 第十二条 (and 第二条): every failed condition named with its article. */
    @Operation(summary = "Whether a kindergarten is eligible, every failed condition with its article (京技管发〔2024〕30号 第二条, 第十二条)")
    @PostMapping("/kindergarten/eligibility-evaluations")
    Mono<KindergartenEligibility.EligibilityDecision> eligibility(
            @RequestBody KindergartenEligibility.Applicant request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> eligibility.evaluate(request, dateOr(decisionDate)));
    }

    /** 第十三条: the documents required for what is applied for, every missing one named. */
    @Operation(summary = "The documents an application needs, every missing one named (京技管发〔2024〕30号 第十三条)")
    @PostMapping("/kindergarten/document-checks")
    Mono<DocumentChecklist.ChecklistDecision> documents(@Valid @RequestBody DocumentCheckRequest request) {
        return Mono.fromCallable(() -> checklist.check(request.appliedFor(), request.submitted()));
    }

    /** 第八条: preschool aid at the kindergarten's fee standard for the approved children. */
    @Operation(summary = "Preschool aid at the kindergarten's fee standard (京技管发〔2024〕30号 第八条)")
    @PostMapping("/kindergarten/preschool-aid-evaluations")
    Mono<PreschoolAid.AidDecision> preschoolAid(@RequestBody PreschoolAidRequest request) {
        return Mono.fromCallable(() -> preschoolAid.evaluate(request.monthlyFeeStandard(), request.children()));
    }

    record PreschoolAidRequest(java.math.BigDecimal monthlyFeeStandard,
                               java.util.List<PreschoolAid.AidChild> children) {
    }

    /** 33号 第八条: the establishment subsidy of a licensed legal-person institution. */
    @Operation(summary = "Establishment subsidy of a licensed legal-person financial institution (京技管发〔2024〕33号 第八条)")
    @PostMapping("/industrial-finance/licensed-institution-evaluations")
    Mono<FinanceSupportDecision> licensedInstitution(@Valid @RequestBody LicensedInstitutionRequest request,
                                                     @RequestParam(required = false)
                                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                                     LocalDate decisionDate) {
        return Mono.fromCallable(() -> licensedInstitution.evaluate(request.paidInCapital(), dateOr(decisionDate)));
    }

    /** 30号 第十四条 on the official working-day calendar; a span reaching a year with no calendar → 422. */
    @Operation(summary = "Last day of a public notice in working days and the earliest payment day (京技管发〔2024〕30号 第十四条)")
    @PostMapping("/notice-period-evaluations")
    Mono<PublicNoticePeriod.NoticePeriodDecision> noticePeriod(@Valid @RequestBody NoticePeriodRequest request) {
        return Mono.fromCallable(() -> noticePeriod.evaluate(request.publishedOn(), request.workingDays()));
    }
}

package cn.beijing.platform.subsidy.api;

import java.time.Clock;
import java.time.LocalDate;

import cn.beijing.platform.subsidy.api.ProgrammeRequests.IndustrialFinanceHighestOnlyRequest;
import cn.beijing.platform.subsidy.policy.finance.BusinessGrowthReward;
import cn.beijing.platform.subsidy.policy.finance.EarlyStageInvestmentReward;
import cn.beijing.platform.subsidy.policy.finance.FinanceSupportDecision;
import cn.beijing.platform.subsidy.policy.finance.HighestOnlyRule;
import cn.beijing.platform.subsidy.policy.finance.InstitutionScaleReward;
import cn.beijing.platform.subsidy.policy.finance.MergerLoanInterestSubsidy;
import cn.beijing.platform.subsidy.policy.finance.SmallBusinessLoanInterestSubsidy;
import cn.beijing.platform.subsidy.policy.finance.SupplyChainFinanceReward;
import cn.beijing.platform.subsidy.policy.finance.TechInsuranceSubsidy;
import cn.beijing.platform.subsidy.programmes.IndustrialFinanceArticles;
import cn.beijing.platform.subsidy.programmes.IndustrialFinanceClaims;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * One calculator per article of 京技管发〔2024〕33号 that pays money (第二条–第四条, 第八条–第十六条) and the 就高不重复
 * evaluation of one institution; any authenticated role. The body of an article is that article's facts (amounts in
 * yuan; 第十二条 fund amounts in US dollars); {@code decisionDate} (query, default today) picks the parameters in
 * force. Decisions give {@code amount} (yuan) and {@code amountTenThousandYuan} (万元, two decimals, 附则1).
 */
@RestController
@RequestMapping("/api/subsidies/industrial-finance")
class IndustrialFinanceController {

    private final IndustrialFinanceArticles articles;
    private final Clock clock;

    IndustrialFinanceController(IndustrialFinanceArticles articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    /** 第二条: premium > 10万 → 50% (little giant 60%), cap 50万/year. */
    @PostMapping("/articles/2/evaluations")
    Mono<FinanceSupportDecision> article02(@RequestBody TechInsuranceSubsidy.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article02(request, dateOr(decisionDate)));
    }

    /** 第三条: contracts >= 1亿 → 0.1% of financing, cap 500万/year. */
    @PostMapping("/articles/3/evaluations")
    Mono<FinanceSupportDecision> article03(@RequestBody SupplyChainFinanceReward.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article03(request, dateOr(decisionDate)));
    }

    /** 第四条: 50% of interest cap 25万/40万/50万, or first-loan 1:1 cap 20万, the higher. */
    @PostMapping("/articles/4/evaluations")
    Mono<FinanceSupportDecision> article04(@RequestBody SmallBusinessLoanInterestSubsidy.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article04(request, dateOr(decisionDate)));
    }

    /** 第八条: paid-in brackets 500万+1% … 5000万+0.2%, cap 6000万; increase >= 1亿 → 1% cap 2000万. */
    @PostMapping("/articles/8/evaluations")
    Mono<FinanceSupportDecision> article08(@RequestBody IndustrialFinanceClaims.LicensedInstitution request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article08(request, dateOr(decisionDate)));
    }

    /** 第九条: new first-level branch 400万; upgraded second-level bank branch 200万. */
    @PostMapping("/articles/9/evaluations")
    Mono<FinanceSupportDecision> article09(@RequestBody IndustrialFinanceClaims.Branch request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article09(request, dateOr(decisionDate)));
    }

    /** 第十条: paid-in >= 5亿 → 0.5% cap 2500万; increase >= 1亿 → 0.5% cap 500万. */
    @PostMapping("/articles/10/evaluations")
    Mono<FinanceSupportDecision> article10(@RequestBody IndustrialFinanceClaims.LocalFinancialOrganisation request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article10(request, dateOr(decisionDate)));
    }

    /** 第十一条: manager brackets 2%/3%/4% caps 100万/300万/500万; increase >= 1000万 → 0.5% cap 100万. */
    @PostMapping("/articles/11/evaluations")
    Mono<FinanceSupportDecision> article11(@RequestBody IndustrialFinanceClaims.PrivateFundManager request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article11(request, dateOr(decisionDate)));
    }

    /** 第十二条: new qualification 100万; fund tiers 50万/80万/100万. */
    @PostMapping("/articles/12/evaluations")
    Mono<FinanceSupportDecision> article12(@RequestBody IndustrialFinanceClaims.Qflp request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article12(request, dateOr(decisionDate)));
    }

    /** 第十三条: banking/securities/insurance scale rewards in the landing year. */
    @PostMapping("/articles/13/evaluations")
    Mono<FinanceSupportDecision> article13(@RequestBody InstitutionScaleReward.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article13(request, dateOr(decisionDate)));
    }

    /** 第十四条: growth >= 18% / 15% → 2% of the increment, cap 200万/year. */
    @PostMapping("/articles/14/evaluations")
    Mono<FinanceSupportDecision> article14(@RequestBody BusinessGrowthReward.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article14(request, dateOr(decisionDate)));
    }

    /** 第十五条: held >= 2 years → 2% cap 50万 per project, 200万 per institution a year. */
    @PostMapping("/articles/15/evaluations")
    Mono<EarlyStageInvestmentReward.InstitutionDecision> article15(@RequestBody IndustrialFinanceClaims.EarlyStageInvestments request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article15(request, dateOr(decisionDate)));
    }

    /** 第十六条: M&A >= 1亿 with a bank M&A loan → 25% of interest, cap 300万/year. */
    @PostMapping("/articles/16/evaluations")
    Mono<FinanceSupportDecision> article16(@RequestBody MergerLoanInterestSubsidy.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.article16(request, dateOr(decisionDate)));
    }

    /**
     * 就高不重复: the claims of one institution; within the groups of 第十二条 {第十一条, 第十二条} and 第十四条
     * {第三条, 第十三条, 第十四条} only the highest is granted, the others are recorded as superseded; with
     * {@code sameProject} every claim competes (三、附则 4). The scope of 三、附则 2, 3, 5 is checked on
     * {@code standing} and {@code eventDate}.
     */
    @PostMapping("/highest-only-evaluations")
    Mono<HighestOnlyRule.HighestOnlyOutcome> highestOnly(@Valid @RequestBody IndustrialFinanceHighestOnlyRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.highestOnly(request.standing(), request.eventDate(), request.claims(),
                Boolean.TRUE.equals(request.sameProject()), dateOr(decisionDate), "claims"));
    }

    private LocalDate dateOr(LocalDate decisionDate) {
        return decisionDate != null ? decisionDate : LocalDate.now(clock);
    }
}

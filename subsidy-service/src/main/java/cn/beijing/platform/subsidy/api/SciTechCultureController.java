package cn.beijing.platform.subsidy.api;

import java.time.Clock;
import java.time.LocalDate;

import cn.beijing.platform.subsidy.api.ProgrammeRequests.SciTechCultureBestOnlyRequest;
import cn.beijing.platform.subsidy.policy.scitech.AboveScaleSupport;
import cn.beijing.platform.subsidy.policy.scitech.AiComputeSupport;
import cn.beijing.platform.subsidy.policy.scitech.BestOnlyRule;
import cn.beijing.platform.subsidy.policy.scitech.CultureSupportDecision;
import cn.beijing.platform.subsidy.policy.scitech.DigitalCultureDemonstrationSupport;
import cn.beijing.platform.subsidy.policy.scitech.DigitalCultureTradeSupport;
import cn.beijing.platform.subsidy.policy.scitech.EsportsClubOperationSupport;
import cn.beijing.platform.subsidy.policy.scitech.EsportsClubSupport;
import cn.beijing.platform.subsidy.policy.scitech.GameEsportsRndSupport;
import cn.beijing.platform.subsidy.policy.scitech.LaboratorySupport;
import cn.beijing.platform.subsidy.policy.scitech.NrtaProjectSupport;
import cn.beijing.platform.subsidy.policy.scitech.OriginalGameSupport;
import cn.beijing.platform.subsidy.policy.scitech.ServicePlatformSupport;
import cn.beijing.platform.subsidy.policy.scitech.StandardSettingSupport;
import cn.beijing.platform.subsidy.policy.scitech.UhdWorkSupport;
import cn.beijing.platform.subsidy.policy.scitech.VerticalAiModelSupport;
import cn.beijing.platform.subsidy.policy.scitech.VirtualStudioSupport;
import cn.beijing.platform.subsidy.programmes.SciTechCultureClaims;
import cn.beijing.platform.subsidy.programmes.SciTechCultureMeasures;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * One calculator per measure of 京技管发〔2024〕31号 (二、支持政策 1–18; 13 and 15 give services, not money) and the
 * 从优不重复 evaluation of one project (三、附则 12); any authenticated role. The body of a measure is that measure's
 * facts (amounts in yuan); {@code decisionDate} (query, default today) picks the parameters in force. Decisions give
 * {@code amount} (yuan) and {@code amountTenThousandYuan} (万元, two decimals).
 */
@RestController
@RequestMapping("/api/subsidies/sci-tech-culture")
class SciTechCultureController {

    private final SciTechCultureMeasures measures;
    private final Clock clock;

    SciTechCultureController(SciTechCultureMeasures measures, Clock clock) {
        this.measures = measures;
        this.clock = clock;
    }

    /** 措施1: 1:1 of project funding, cap 500万; all levels together at most the self-raised funds. */
    @PostMapping("/measures/1/evaluations")
    Mono<CultureSupportDecision> measure01(@RequestBody NrtaProjectSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure01(request, dateOr(decisionDate)));
    }

    /** 措施2: prior-year R&D >= 500万 and >= 3% of main revenue → 20%, cap 500万/year. */
    @PostMapping("/measures/2/evaluations")
    Mono<CultureSupportDecision> measure02(@RequestBody GameEsportsRndSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure02(request, dateOr(decisionDate)));
    }

    /** 措施3: up to 100万 after review. */
    @PostMapping("/measures/3/evaluations")
    Mono<CultureSupportDecision> measure03(@RequestBody VerticalAiModelSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure03(request, dateOr(decisionDate)));
    }

    /** 措施4: international 100万, national 50万, industry 30万, local 20万, group 10万. */
    @PostMapping("/measures/4/evaluations")
    Mono<CultureSupportDecision> measure04(@RequestBody StandardSettingSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure04(request, dateOr(decisionDate)));
    }

    /** 措施5: 20% of UHD post-production cost, cap 200万. */
    @PostMapping("/measures/5/evaluations")
    Mono<CultureSupportDecision> measure05(@RequestBody UhdWorkSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure05(request, dateOr(decisionDate)));
    }

    /** 措施6: revenue >= 5亿 → 20% cap 500万; >= 10亿 or multi-sport event → 20% cap 1000万. */
    @PostMapping("/measures/6/evaluations")
    Mono<CultureSupportDecision> measure06(@RequestBody OriginalGameSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure06(request, dateOr(decisionDate)));
    }

    /** 措施7: 30% of compute fees, cap 2000万. */
    @PostMapping("/measures/7/evaluations")
    Mono<CultureSupportDecision> measure07(@RequestBody AiComputeSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure07(request, dateOr(decisionDate)));
    }

    /** 措施8: foreign revenue >= 350万 / 1500万 / 1亿 → up to 1% / 3% / 6%. */
    @PostMapping("/measures/8/evaluations")
    Mono<CultureSupportDecision> measure08(@RequestBody DigitalCultureTradeSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure08(request, dateOr(decisionDate)));
    }

    /** 措施9: investment >= 1000万 → 10%, cap 1000万. */
    @PostMapping("/measures/9/evaluations")
    Mono<CultureSupportDecision> measure09(@RequestBody VirtualStudioSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure09(request, dateOr(decisionDate)));
    }

    /** 措施10: first time above scale with growth → 30万 one-time. */
    @PostMapping("/measures/10/evaluations")
    Mono<CultureSupportDecision> measure10(@RequestBody AboveScaleSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure10(request, dateOr(decisionDate)));
    }

    /** 措施11: 50% of local operating cost, cap 200万/year. */
    @PostMapping("/measures/11/evaluations")
    Mono<CultureSupportDecision> measure11(@RequestBody EsportsClubOperationSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure11(request, dateOr(decisionDate)));
    }

    /** 措施12: home court 500万; international top-3 300万; national top-3 100万. */
    @PostMapping("/measures/12/evaluations")
    Mono<CultureSupportDecision> measure12(@RequestBody EsportsClubSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure12(request, dateOr(decisionDate)));
    }

    /** 措施13: one-stop move-in service (no money). */
    @PostMapping("/measures/13/evaluations")
    Mono<CultureSupportDecision> measure13(@RequestBody SciTechCultureClaims.ParkClustering request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure13(request, dateOr(decisionDate)));
    }

    /** 措施14: 30% of investment, cap 100万. */
    @PostMapping("/measures/14/evaluations")
    Mono<CultureSupportDecision> measure14(@RequestBody DigitalCultureDemonstrationSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure14(request, dateOr(decisionDate)));
    }

    /** 措施15: scene opening or recommendation (no money). */
    @PostMapping("/measures/15/evaluations")
    Mono<CultureSupportDecision> measure15(@RequestBody SciTechCultureClaims.NewScenes request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure15(request, dateOr(decisionDate)));
    }

    /** 措施16: national 500万, municipal 100万 (window of 附则9). */
    @PostMapping("/measures/16/evaluations")
    Mono<CultureSupportDecision> measure16(@RequestBody LaboratorySupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure16(request, dateOr(decisionDate)));
    }

    /** 措施17: 20% of fixed assets cap 2000万; rent 1.5 yuan/m²/day cap 300万/year for 3 years. */
    @PostMapping("/measures/17/evaluations")
    Mono<CultureSupportDecision> measure17(@RequestBody ServicePlatformSupport.Input request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure17(request, dateOr(decisionDate)));
    }

    /** 措施18: forums 50% cap 100万/50万; esports events 30% cap 500万/200万 a year. */
    @PostMapping("/measures/18/evaluations")
    Mono<CultureSupportDecision> measure18(@RequestBody SciTechCultureClaims.Events request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.measure18(request, dateOr(decisionDate)));
    }

    /**
     * 三、附则 12 从优不重复: the claims of one project under several measures; the best one is granted, the others are
     * recorded as superseded; the scope of 三、附则 1–3 is checked on {@code standing} and {@code eventDate}.
     */
    @PostMapping("/best-only-evaluations")
    Mono<BestOnlyRule.BestOnlyOutcome> bestOnly(@Valid @RequestBody SciTechCultureBestOnlyRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.bestOnly(request.projectId(), request.standing(), request.eventDate(),
                request.claims(), dateOr(decisionDate), "claims"));
    }

    private LocalDate dateOr(LocalDate decisionDate) {
        return decisionDate != null ? decisionDate : LocalDate.now(clock);
    }
}

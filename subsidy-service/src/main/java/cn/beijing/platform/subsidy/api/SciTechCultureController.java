package cn.beijing.platform.subsidy.api;

import java.time.Clock;
import java.time.LocalDate;

import cn.beijing.platform.common.rules.RuleFamily;
import cn.beijing.platform.subsidy.api.ProgrammeRequests.SciTechCultureBestOnlyRequest;
import cn.beijing.platform.subsidy.policy.scitech.BestOnlyRule;
import cn.beijing.platform.subsidy.policy.scitech.CultureSupportDecision;
import cn.beijing.platform.subsidy.programmes.SciTechCultureMeasures;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One calculator per measure of 京技管发〔2024〕31号 (二、支持政策 1–18; 13 and 15 give services, not money) and the
 * 从优不重复 evaluation of one project (三、附则 12); any authenticated role. The body of a measure is that measure's
 * facts (amounts in yuan); {@code decisionDate} (query, default today) picks the parameters in force. Decisions give
 * {@code amount} (yuan) and {@code amountTenThousandYuan} (万元, two decimals).
 */
@RestController
@RequestMapping("/api/subsidies/sci-tech-culture")
class SciTechCultureController extends Calculators {

    private final SciTechCultureMeasures measures;

    SciTechCultureController(SciTechCultureMeasures measures, Clock clock) {
        super(clock);
        this.measures = measures;
    }

    /** The measures of 31号 the service decides: every declared {@code SciTechCultureMeasure}. */
    @Operation(summary = "The measures of 京技管发〔2024〕31号 二、支持政策 the service decides, each with its calculator")
    @GetMapping("/measures")
    Flux<RuleFamily.Member> measures() {
        return Flux.fromIterable(measures.family().members());
    }

    /**
     * The measure {@code NN} of 31号 (one of {@code GET …/measures}; 13 and 15 are services, not money) on that
     * measure's facts; another is 404.
     */
    @Operation(summary = "The calculator of a measure of 京技管发〔2024〕31号 二、支持政策 named by its number")
    @PostMapping("/measures/{measure}/evaluations")
    Mono<CultureSupportDecision> measure(@PathVariable String measure, @RequestBody JsonNode facts,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.family().decide(Paths.number(measure), facts, dateOr(decisionDate)));
    }

    /**
     * 三、附则 12 从优不重复: the claims of one project under several measures; the best one is granted, the others are
     * recorded as superseded; the scope of 三、附则 1–3 is checked on {@code standing} and {@code eventDate}.
     */
    @Operation(summary = "Best claim only among one project's claims (京技管发〔2024〕31号 三、附则 12)")
    @PostMapping("/best-only-evaluations")
    Mono<BestOnlyRule.BestOnlyOutcome> bestOnly(@Valid @RequestBody SciTechCultureBestOnlyRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> measures.bestOnly(request.projectId(), request.standing(), request.eventDate(),
                request.claims(), dateOr(decisionDate), "claims"));
    }
}

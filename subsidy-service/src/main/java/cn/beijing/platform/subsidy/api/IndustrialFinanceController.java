package cn.beijing.platform.subsidy.api;

import java.time.Clock;
import java.time.LocalDate;

import cn.beijing.platform.common.rules.RuleFamily;
import cn.beijing.platform.subsidy.api.ProgrammeRequests.IndustrialFinanceHighestOnlyRequest;
import cn.beijing.platform.subsidy.policy.finance.FinanceSupportClaim;
import cn.beijing.platform.subsidy.policy.finance.HighestOnlyRule;
import cn.beijing.platform.subsidy.programmes.IndustrialFinanceArticles;
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
 * One calculator per declared article of 京技管发〔2024〕33号 (listed by {@code GET …/articles}) and the 就高不重复
 * evaluation of one institution; any authenticated role. The body of an article is that article's facts (amounts in
 * yuan; 第十二条 fund amounts in US dollars); {@code decisionDate} (query, default today) picks the parameters in
 * force. Decisions give {@code amount} (yuan) and {@code amountTenThousandYuan} (万元, two decimals, 附则1).
 */
@RestController
@RequestMapping("/api/subsidies/industrial-finance")
class IndustrialFinanceController extends Calculators {

    private final IndustrialFinanceArticles articles;

    IndustrialFinanceController(IndustrialFinanceArticles articles, Clock clock) {
        super(clock);
        this.articles = articles;
    }

    /** The articles of 33号 the service decides: every declared {@code IndustrialFinanceArticle}. */
    @Operation(summary = "The articles of 京技管发〔2024〕33号 the service decides (第二条 to 第十六条), each with its calculator")
    @GetMapping("/articles")
    Flux<RuleFamily.Member> articles() {
        return Flux.fromIterable(articles.family().members());
    }

    /** The article {@code NN} of 33号 (one of {@code GET …/articles}) on that article's facts; another is 404. */
    @Operation(summary = "The calculator of an article of 京技管发〔2024〕33号 named by its number (第二条 to 第十六条)")
    @PostMapping("/articles/{article}/evaluations")
    Mono<FinanceSupportClaim> article(@PathVariable String article, @RequestBody JsonNode facts,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.family().decide(Paths.number(article), facts, dateOr(decisionDate)));
    }

    /**
     * 就高不重复: the claims of one institution; within the groups of 第十二条 {第十一条, 第十二条} and 第十四条
     * {第三条, 第十三条, 第十四条} only the highest is granted, the others are recorded as superseded; with
     * {@code sameProject} every claim competes (三、附则 4). The scope of 三、附则 2, 3, 5 is checked on
     * {@code standing} and {@code eventDate}.
     */
    @Operation(summary = "Highest claim only among an institution's claims (京技管发〔2024〕33号 第十二条, 第十四条, 三、附则 4)")
    @PostMapping("/highest-only-evaluations")
    Mono<HighestOnlyRule.HighestOnlyOutcome> highestOnly(@Valid @RequestBody IndustrialFinanceHighestOnlyRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate) {
        return Mono.fromCallable(() -> articles.highestOnly(request.standing(), request.eventDate(), request.claims(),
                Boolean.TRUE.equals(request.sameProject()), dateOr(decisionDate), "claims"));
    }
}

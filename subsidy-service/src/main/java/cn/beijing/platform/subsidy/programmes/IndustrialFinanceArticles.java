package cn.beijing.platform.subsidy.programmes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.input.RequestBodyMapper;
import cn.beijing.platform.common.rules.RuleFamily;
import cn.beijing.platform.subsidy.policy.ApplicantStanding;
import cn.beijing.platform.subsidy.policy.ScopeDecision;
import cn.beijing.platform.subsidy.policy.finance.FinanceSupportClaim;
import cn.beijing.platform.subsidy.policy.finance.FinanceSupportDecision;
import cn.beijing.platform.subsidy.policy.finance.HighestOnlyRule;
import cn.beijing.platform.subsidy.policy.finance.IndustrialFinanceArticle;
import cn.beijing.platform.subsidy.policy.finance.IndustrialFinanceScope;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The articles of 京技管发〔2024〕33号 that grant support — every declared {@link IndustrialFinanceArticle} — and
 * 就高不重复 over the claims of one institution. The calculators and the programme applications both come here, so they
 * reach the same decisions. A claim names its blocks {@code articleNN}.
 */
@Component
public class IndustrialFinanceArticles {

    private final RuleFamily<FinanceSupportClaim> articles;
    private final IndustrialFinanceScope scope;
    private final HighestOnlyRule highestOnly = new HighestOnlyRule();

    IndustrialFinanceArticles(List<IndustrialFinanceArticle<?, ?>> articles, IndustrialFinanceScope scope,
                              RequestBodyMapper requests) {
        this.articles = new RuleFamily<>("industrial-finance-article-", "article", articles, requests);
        this.scope = scope;
    }

    /**
     * The declared articles, each with its calculator (an article that pays nothing or does not exist: 404); also
     * the calculators' paths in the OpenAPI document.
     */
    public RuleFamily<FinanceSupportClaim> family() {
        return articles;
    }

    /** Every claimed article, in article order (第十五条 contributes one decision per investment). */
    public List<FinanceSupportDecision> evaluate(Map<String, JsonNode> claims, LocalDate on, String prefix) {
        List<FinanceSupportDecision> decisions = new ArrayList<>();
        for (FinanceSupportClaim claim : articles.decideAll(claims == null ? Map.of() : claims, on, prefix)) {
            decisions.addAll(claim.supportDecisions());
        }
        if (decisions.isEmpty()) {
            throw new InvalidInputException(prefix, "names at least one article");
        }
        return decisions;
    }

    /**
     * 三、附则 (scope) and 就高不重复 over the claims of one institution: the groups of 第十二条 and 第十四条, or, when
     * {@code sameProject}, every claim against every other (三、附则 4).
     */
    public HighestOnlyRule.HighestOnlyOutcome highestOnly(ApplicantStanding standing, LocalDate eventDate,
                                                          Map<String, JsonNode> claims, boolean sameProject,
                                                          LocalDate on, String prefix) {
        List<FinanceSupportDecision> decisions = evaluate(claims, on, prefix);
        ScopeDecision scopeDecision = scope.check(standing, eventDate, on);
        return sameProject ? highestOnly.sameProject(scopeDecision, decisions)
                : highestOnly.apply(scopeDecision, decisions);
    }
}

package cn.beijing.platform.subsidy.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.input.RequestBodyMapper;
import cn.beijing.platform.common.rules.RuleFamily;
import cn.beijing.platform.subsidy.policy.ApplicantStanding;
import cn.beijing.platform.subsidy.policy.ScopeDecision;
import cn.beijing.platform.subsidy.policy.scitech.BestOnlyRule;
import cn.beijing.platform.subsidy.policy.scitech.CultureSupportDecision;
import cn.beijing.platform.subsidy.policy.scitech.SciTechCultureMeasure;
import cn.beijing.platform.subsidy.policy.scitech.SciTechCultureScope;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The measures of 京技管发〔2024〕31号 — every declared {@link SciTechCultureMeasure} — and 从优不重复 over the claims of
 * one project. The calculators and the programme applications both come here, so they reach the same decisions. A
 * claim names its blocks {@code measureNN}.
 */
@Component
public class SciTechCultureMeasures {

    private final RuleFamily<CultureSupportDecision> measures;
    private final SciTechCultureScope scope;
    private final BestOnlyRule bestOnly = new BestOnlyRule();

    SciTechCultureMeasures(List<SciTechCultureMeasure<?>> measures, SciTechCultureScope scope, RequestBodyMapper requests) {
        this.measures = new RuleFamily<>("sci-tech-culture-measure-", "measure", measures, requests);
        this.scope = scope;
    }

    /**
     * The declared measures, each with its calculator (a measure that does not exist: 404); also the calculators'
     * paths in the OpenAPI document.
     */
    public RuleFamily<CultureSupportDecision> family() {
        return measures;
    }

    /** Every claimed measure of one project, in measure order; a bad field is named under {@code prefix}. */
    public List<CultureSupportDecision> evaluate(Map<String, JsonNode> claims, LocalDate on, String prefix) {
        List<CultureSupportDecision> decisions = measures.decideAll(claims == null ? Map.of() : claims, on, prefix);
        if (decisions.isEmpty()) {
            throw new InvalidInputException(prefix, "names at least one measure");
        }
        return decisions;
    }

    /**
     * 三、附则 (scope) and 三、附则 12 (从优不重复) over the claims of one project. The scope is read on the measure
     * with the most specific window: 措施16 alone uses the window of 附则9.
     */
    public BestOnlyRule.BestOnlyOutcome bestOnly(String projectId, ApplicantStanding standing, LocalDate eventDate,
                                                 Map<String, JsonNode> claims, LocalDate on, String prefix) {
        List<CultureSupportDecision> decisions = evaluate(claims, on, prefix);
        int scopeMeasure = decisions.size() == 1 ? decisions.get(0).measure() : 0;
        ScopeDecision scopeDecision = scope.check(standing, scopeMeasure, eventDate, on);
        return bestOnly.apply(projectId, scopeDecision, decisions);
    }
}

package cn.beijing.platform.subsidy.policy.scitech;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.policy.Inputs;

/**
 * 措施3 人工智能行业大模型: a self-developed, publicly released vertical model with good market application, after
 * review, up to 100万. The amount is set by the review; the rule caps it.
 */
@Rule(id = "sci-tech-culture-measure-03", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 3",
        parameters = "sci-tech-culture-measure-03-vertical-ai-models")
public final class VerticalAiModelSupport implements SciTechCultureMeasure<VerticalAiModelSupport.Input> {

    static final int MEASURE = 3;

    /** @param cap 万元 */
    public record Terms(BigDecimal cap) {
    }

    /** @param reviewedAmount the amount the review proposes, yuan */
    public record Input(boolean selfDeveloped, boolean publiclyReleased, boolean goodMarketApplication,
                        boolean reviewed, BigDecimal reviewedAmount) {
    }

    private final EffectiveDated<Terms> terms;

    public VerticalAiModelSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-03-vertical-ai-models", Terms.class);
    }

    @Override
    public CultureSupportDecision decide(VerticalAiModelSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal proposed = Inputs.nonNegative("reviewedAmount", in.reviewedAmount());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (!in.selfDeveloped()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_SELF_DEVELOPED", "not developed by the enterprise"));
        }
        if (!in.publiclyReleased()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_PUBLICLY_RELEASED", "not publicly released"));
        }
        if (!in.goodMarketApplication()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NO_MARKET_APPLICATION",
                    "no good market application effect"));
        }
        if (!in.reviewed()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_REVIEWED", "not recognised by review (经评审认定)"));
        }
        List<AwardPart> parts = failures.isEmpty() ? List.of(AwardPart.capped("MODEL", proposed, t.cap())) : List.of();
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms)));
    }
}

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
 * 措施7 人工智能赋能数字内容生产: an enterprise applying AI in content production that buys compute services →
 * 30% of the compute fees actually settled, at most 2000万, after review.
 */
@Rule(id = "sci-tech-culture-measure-07", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 7",
        parameters = "sci-tech-culture-measure-07-ai-compute")
public final class AiComputeSupport implements SciTechCultureMeasure<AiComputeSupport.Input> {

    static final int MEASURE = 7;

    /** @param cap 万元 */
    public record Terms(BigDecimal ratePercent, BigDecimal cap) {
    }

    /** @param settledComputeFees 实际使用算力结算费用, yuan */
    public record Input(boolean aiInContentProduction, boolean reviewed, BigDecimal settledComputeFees) {
    }

    private final EffectiveDated<Terms> terms;

    public AiComputeSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-07-ai-compute", Terms.class);
    }

    @Override
    public CultureSupportDecision decide(AiComputeSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal fees = Inputs.nonNegative("settledComputeFees", in.settledComputeFees());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (!in.aiInContentProduction()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NO_AI_IN_CONTENT_PRODUCTION",
                    "AI is not applied in the listed content production steps"));
        }
        if (!in.reviewed()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_REVIEWED", "not recognised by review (经评审认定)"));
        }
        List<AwardPart> parts = failures.isEmpty()
                ? List.of(AwardPart.percentCapped("COMPUTE", fees, t.ratePercent(), t.cap())) : List.of();
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms)));
    }
}

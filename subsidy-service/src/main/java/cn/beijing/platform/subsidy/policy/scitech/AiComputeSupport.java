package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;

/**
 * 措施7 人工智能赋能数字内容生产: an enterprise applying AI in content production that buys compute services →
 * 30% of the compute fees actually settled, at most 2000万, after review.
 */
@Rule(id = "sci-tech-culture-measure-07", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 7",
        parameters = "sci-tech-culture-measure-07-ai-compute")
public final class AiComputeSupport extends TermsMeasure<AiComputeSupport.Input, ShareOfCost> {

    /** @param settledComputeFees 实际使用算力结算费用, yuan */
    public record Input(boolean aiInContentProduction, boolean reviewed, BigDecimal settledComputeFees) {
    }

    public AiComputeSupport(ParameterSet parameters) {
        super(7, parameters, ShareOfCost.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        BigDecimal fees = Inputs.nonNegative("settledComputeFees", in.settledComputeFees());
        conditions.require(in.aiInContentProduction(), "NO_AI_IN_CONTENT_PRODUCTION",
                "AI is not applied in the listed content production steps").reviewed(in.reviewed());
        return List.of(terms(decisionDate).of("COMPUTE", fees));
    }
}

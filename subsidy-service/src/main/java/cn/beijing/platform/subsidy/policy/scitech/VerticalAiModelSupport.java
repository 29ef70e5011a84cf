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
 * 措施3 人工智能行业大模型: a self-developed, publicly released vertical model with good market application, after
 * review, up to 100万. The amount is set by the review; the rule caps it.
 */
@Rule(id = "sci-tech-culture-measure-03", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 3",
        parameters = "sci-tech-culture-measure-03-vertical-ai-models")
public final class VerticalAiModelSupport extends TermsMeasure<VerticalAiModelSupport.Input, VerticalAiModelSupport.Terms> {

    /** @param cap 万元 */
    public record Terms(BigDecimal cap) {
    }

    /** @param reviewedAmount the amount the review proposes, yuan */
    public record Input(boolean selfDeveloped, boolean publiclyReleased, boolean goodMarketApplication,
                        boolean reviewed, BigDecimal reviewedAmount) {
    }

    public VerticalAiModelSupport(ParameterSet parameters) {
        super(3, parameters, Terms.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        BigDecimal proposed = Inputs.nonNegative("reviewedAmount", in.reviewedAmount());
        conditions.require(in.selfDeveloped(), "NOT_SELF_DEVELOPED", "not developed by the enterprise")
                .require(in.publiclyReleased(), "NOT_PUBLICLY_RELEASED", "not publicly released")
                .require(in.goodMarketApplication(), "NO_MARKET_APPLICATION", "no good market application effect")
                .reviewed(in.reviewed());
        return List.of(AwardPart.capped("MODEL", proposed, terms(decisionDate).cap()));
    }
}

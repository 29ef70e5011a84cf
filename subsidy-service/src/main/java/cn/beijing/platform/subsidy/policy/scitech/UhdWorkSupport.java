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
 * 措施5 精品视听作品: a 4K/8K work with a national or Beijing award → one-time 20% of the UHD post-production cost
 * (附则5: labour, hardware, software), at most 200万.
 */
@Rule(id = "sci-tech-culture-measure-05", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 5",
        parameters = "sci-tech-culture-measure-05-uhd-works")
public final class UhdWorkSupport extends TermsMeasure<UhdWorkSupport.Input, ShareOfCost> {

    /** @param uhdPostProductionCost 超高清视听后期制作费用, yuan */
    public record Input(SupportLevel awardLevel, boolean ultraHighDefinition, BigDecimal uhdPostProductionCost) {
    }

    public UhdWorkSupport(ParameterSet parameters) {
        super(5, parameters, ShareOfCost.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        SupportLevel level = Inputs.required("awardLevel", in.awardLevel());
        BigDecimal cost = Inputs.nonNegative("uhdPostProductionCost", in.uhdPostProductionCost());
        conditions.require(level != SupportLevel.NONE, "NO_AWARD", "no national or Beijing award")
                .require(in.ultraHighDefinition(), "NOT_UHD", "not created with 4K/8K technology");
        return List.of(terms(decisionDate).of("POST_PRODUCTION", cost));
    }
}

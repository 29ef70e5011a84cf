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
 * 措施14 数字文化新业态: a project rated a national or Beijing demonstration project → one-time 30% of the project
 * investment (附则8), at most 100万.
 */
@Rule(id = "sci-tech-culture-measure-14", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 14",
        parameters = "sci-tech-culture-measure-14-digital-culture-demonstrations")
public final class DigitalCultureDemonstrationSupport extends TermsMeasure<DigitalCultureDemonstrationSupport.Input, ShareOfCost> {

    /** @param investment 项目投资额, yuan */
    public record Input(SupportLevel demonstrationLevel, BigDecimal investment) {
    }

    public DigitalCultureDemonstrationSupport(ParameterSet parameters) {
        super(14, parameters, ShareOfCost.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        SupportLevel level = Inputs.required("demonstrationLevel", in.demonstrationLevel());
        BigDecimal investment = Inputs.nonNegative("investment", in.investment());
        conditions.require(level != SupportLevel.NONE, "NOT_DEMONSTRATION_PROJECT",
                "not rated a national or Beijing demonstration project");
        return List.of(terms(decisionDate).of("INVESTMENT", investment));
    }
}

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
 * 措施14 数字文化新业态: a project rated a national or Beijing demonstration project → one-time 30% of the project
 * investment (附则8), at most 100万.
 */
@Rule(id = "sci-tech-culture-measure-14", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 14",
        parameters = "sci-tech-culture-measure-14-digital-culture-demonstrations")
public final class DigitalCultureDemonstrationSupport implements SciTechCultureMeasure<DigitalCultureDemonstrationSupport.Input> {

    static final int MEASURE = 14;

    /** @param cap 万元 */
    public record Terms(BigDecimal ratePercent, BigDecimal cap) {
    }

    /** @param investment 项目投资额, yuan */
    public record Input(SupportLevel demonstrationLevel, BigDecimal investment) {
    }

    private final EffectiveDated<Terms> terms;

    public DigitalCultureDemonstrationSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-14-digital-culture-demonstrations", Terms.class);
    }

    @Override
    public CultureSupportDecision decide(DigitalCultureDemonstrationSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        SupportLevel level = Inputs.required("demonstrationLevel", in.demonstrationLevel());
        BigDecimal investment = Inputs.nonNegative("investment", in.investment());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (level == SupportLevel.NONE) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_DEMONSTRATION_PROJECT",
                    "not rated a national or Beijing demonstration project"));
        }
        List<AwardPart> parts = failures.isEmpty()
                ? List.of(AwardPart.percentCapped("INVESTMENT", investment, t.ratePercent(), t.cap())) : List.of();
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms)));
    }
}

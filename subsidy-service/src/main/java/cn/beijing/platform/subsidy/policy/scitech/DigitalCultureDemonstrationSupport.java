package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Parameter;

/**
 * 措施14 数字文化新业态: a project rated a national or Beijing demonstration project → one-time 30% of the project
 * investment (附则8), at most 100万.
 */
public final class DigitalCultureDemonstrationSupport {

    static final int MEASURE = 14;

    /** @param cap 万元 */
    public record Terms(BigDecimal ratePercent, BigDecimal cap) {
    }

    /** @param investment 项目投资额, yuan */
    public record Input(SupportLevel demonstrationLevel, BigDecimal investment) {
    }

    private final Parameter<Terms> terms;

    public DigitalCultureDemonstrationSupport(SciTechCultureParameters parameters) {
        this.terms = parameters.measure14();
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        SupportLevel level = Inputs.required("demonstrationLevel", in.demonstrationLevel());
        BigDecimal investment = Inputs.nonNegative("investment", in.investment());
        Terms t = Inputs.inForce(terms, decisionDate);
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

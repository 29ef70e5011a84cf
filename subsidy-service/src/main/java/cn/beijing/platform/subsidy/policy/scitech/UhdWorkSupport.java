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
 * 措施5 精品视听作品: a 4K/8K work with a national or Beijing award → one-time 20% of the UHD post-production cost
 * (附则5: labour, hardware, software), at most 200万.
 */
@Rule(id = "sci-tech-culture-measure-05", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 5",
        parameters = "sci-tech-culture-measure-05-uhd-works")
public final class UhdWorkSupport implements SciTechCultureMeasure<UhdWorkSupport.Input> {

    static final int MEASURE = 5;

    /** @param cap 万元 */
    public record Terms(BigDecimal ratePercent, BigDecimal cap) {
    }

    /** @param uhdPostProductionCost 超高清视听后期制作费用, yuan */
    public record Input(SupportLevel awardLevel, boolean ultraHighDefinition, BigDecimal uhdPostProductionCost) {
    }

    private final EffectiveDated<Terms> terms;

    public UhdWorkSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-05-uhd-works", Terms.class);
    }

    @Override
    public CultureSupportDecision decide(UhdWorkSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        SupportLevel level = Inputs.required("awardLevel", in.awardLevel());
        BigDecimal cost = Inputs.nonNegative("uhdPostProductionCost", in.uhdPostProductionCost());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (level == SupportLevel.NONE) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NO_AWARD", "no national or Beijing award"));
        }
        if (!in.ultraHighDefinition()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_UHD", "not created with 4K/8K technology"));
        }
        List<AwardPart> parts = failures.isEmpty()
                ? List.of(AwardPart.percentCapped("POST_PRODUCTION", cost, t.ratePercent(), t.cap())) : List.of();
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms)));
    }
}

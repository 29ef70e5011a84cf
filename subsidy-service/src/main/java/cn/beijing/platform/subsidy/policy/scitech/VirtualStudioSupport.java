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
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 措施9 数字虚拟影棚: investment in a new or upgraded virtual studio and digital film equipment of 1000万 or more
 * (达…以上, inclusive), selected on merit (择优) → one-time 10% of the investment, at most 1000万.
 */
@Rule(id = "sci-tech-culture-measure-09", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 9",
        parameters = "sci-tech-culture-measure-09-virtual-studios")
public final class VirtualStudioSupport implements SciTechCultureMeasure<VirtualStudioSupport.Input> {

    static final int MEASURE = 9;

    /** @param minInvestment 万元; @param cap 万元 */
    public record Terms(BigDecimal minInvestment, BigDecimal ratePercent, BigDecimal cap) {
    }

    /** @param investment 投资额 (附则8: equipment and materials, software, premises rent, fit-out), yuan */
    public record Input(BigDecimal investment, boolean selectedOnMerit) {
    }

    private final EffectiveDated<Terms> terms;

    public VirtualStudioSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-09-virtual-studios", Terms.class);
    }

    @Override
    public CultureSupportDecision decide(VirtualStudioSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal investment = Inputs.nonNegative("investment", in.investment());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (investment.compareTo(Money.toYuanExact(t.minInvestment())) < 0) {
            failures.add(CultureSupportDecision.failure(MEASURE, "INVESTMENT_BELOW_MINIMUM",
                    "investment below " + t.minInvestment() + "万元"));
        }
        if (!in.selectedOnMerit()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_SELECTED", "not selected on merit (择优)"));
        }
        List<AwardPart> parts = failures.isEmpty()
                ? List.of(AwardPart.percentCapped("INVESTMENT", investment, t.ratePercent(), t.cap())) : List.of();
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms)));
    }
}

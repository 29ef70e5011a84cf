package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 措施9 数字虚拟影棚: investment in a new or upgraded virtual studio and digital film equipment of 1000万 or more
 * (达…以上, inclusive), selected on merit (择优) → one-time 10% of the investment, at most 1000万.
 */
@Rule(id = "sci-tech-culture-measure-09", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 9",
        parameters = "sci-tech-culture-measure-09-virtual-studios")
public final class VirtualStudioSupport extends TermsMeasure<VirtualStudioSupport.Input, VirtualStudioSupport.Terms> {

    /** @param minInvestment 万元; @param cap 万元 */
    public record Terms(BigDecimal minInvestment, BigDecimal ratePercent, BigDecimal cap) {
    }

    /** @param investment 投资额 (附则8: equipment and materials, software, premises rent, fit-out), yuan */
    public record Input(BigDecimal investment, boolean selectedOnMerit) {
    }

    public VirtualStudioSupport(ParameterSet parameters) {
        super(9, parameters, Terms.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        BigDecimal investment = Inputs.nonNegative("investment", in.investment());
        Terms t = terms(decisionDate);
        conditions.require(investment.compareTo(Money.toYuanExact(t.minInvestment())) >= 0, "INVESTMENT_BELOW_MINIMUM",
                        "investment below " + t.minInvestment() + "万元")
                .require(in.selectedOnMerit(), "NOT_SELECTED", "not selected on merit (择优)");
        return List.of(AwardPart.percentCapped("INVESTMENT", investment, t.ratePercent(), t.cap()));
    }
}

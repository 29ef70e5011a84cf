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
 * 措施8 数字文化贸易: annual foreign revenue (附则7: per 《涉外收入申报单》) of 350万 / 1500万 / 1亿 or more →
 * "不超过" 1% / 3% / 6% of it, after review. The decision gives the maximum the measure allows.
 */
@Rule(id = "sci-tech-culture-measure-08", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 8",
        parameters = "sci-tech-culture-measure-08-digital-culture-trade")
public final class DigitalCultureTradeSupport extends TermsMeasure<DigitalCultureTradeSupport.Input, DigitalCultureTradeSupport.Terms> {

    /** @param minForeignRevenue 万元 */
    public record Tier(BigDecimal minForeignRevenue, BigDecimal maxRatePercent) {
    }

    public record Terms(List<Tier> tiers) {

        public Terms {
            tiers = List.copyOf(tiers);
        }
    }

    /** @param foreignRevenue 年度涉外收入, yuan */
    public record Input(BigDecimal foreignRevenue, boolean reviewed) {
    }

    public DigitalCultureTradeSupport(ParameterSet parameters) {
        super(8, parameters, Terms.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        BigDecimal revenue = Inputs.nonNegative("foreignRevenue", in.foreignRevenue());
        Terms t = terms(decisionDate);
        Tier reached = null;
        int index = 0;
        for (int i = 0; i < t.tiers().size(); i++) {
            Tier tier = t.tiers().get(i);
            if (revenue.compareTo(Money.toYuanExact(tier.minForeignRevenue())) >= 0
                    && (reached == null || tier.minForeignRevenue().compareTo(reached.minForeignRevenue()) > 0)) {
                reached = tier;
                index = i + 1;
            }
        }
        Tier tier = reached;
        String clause = "TIER_" + index;
        conditions.require(tier != null, "FOREIGN_REVENUE_BELOW_MINIMUM",
                "foreign revenue below " + t.tiers().get(0).minForeignRevenue() + "万元").reviewed(in.reviewed());
        return conditions.award(() -> new AwardPart(clause, SupportKind.CASH,
                Money.yuan(Money.percentOf(revenue, tier.maxRatePercent())), false));
    }
}

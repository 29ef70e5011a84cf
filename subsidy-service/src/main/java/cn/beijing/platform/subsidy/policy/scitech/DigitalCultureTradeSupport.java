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
 * 措施8 数字文化贸易: annual foreign revenue (附则7: per 《涉外收入申报单》) of 350万 / 1500万 / 1亿 or more →
 * "不超过" 1% / 3% / 6% of it, after review. The decision gives the maximum the measure allows.
 */
@Rule(id = "sci-tech-culture-measure-08", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 8",
        parameters = "sci-tech-culture-measure-08-digital-culture-trade")
public final class DigitalCultureTradeSupport implements SciTechCultureMeasure<DigitalCultureTradeSupport.Input> {

    static final int MEASURE = 8;

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

    private final EffectiveDated<Terms> terms;

    public DigitalCultureTradeSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-08-digital-culture-trade", Terms.class);
    }

    @Override
    public CultureSupportDecision decide(DigitalCultureTradeSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal revenue = Inputs.nonNegative("foreignRevenue", in.foreignRevenue());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Failure> failures = new ArrayList<>();
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
        if (reached == null) {
            failures.add(CultureSupportDecision.failure(MEASURE, "FOREIGN_REVENUE_BELOW_MINIMUM",
                    "foreign revenue below " + t.tiers().get(0).minForeignRevenue() + "万元"));
        }
        if (!in.reviewed()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_REVIEWED", "not recognised by review (经评审认定)"));
        }
        List<AwardPart> parts = failures.isEmpty()
                ? List.of(new AwardPart("TIER_" + index, SupportKind.CASH,
                        Money.yuan(Money.percentOf(revenue, reached.maxRatePercent())), false))
                : List.of();
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms)));
    }
}

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
import cn.beijing.platform.policy.parameters.ParameterKey;

/**
 * 措施6 精品游戏作品: an approved, officially launched original game, after review. Annual revenue (domestic and
 * foreign) of 5亿 or more → 20% of game R&D (附则6), at most 500万; 10亿 or more, or selected for an international or
 * national multi-sport event → 20%, at most 1000万 (及以上: inclusive). The highest tier met applies.
 */
@Rule(id = "sci-tech-culture-measure-06", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 6",
        parameters = "sci-tech-culture-measure-06-original-games")
public final class OriginalGameSupport extends TermsMeasure<OriginalGameSupport.Input, OriginalGameSupport.Terms> {

    /** @param minRevenue 万元; @param cap 万元 */
    public record Tier(BigDecimal minRevenue, BigDecimal ratePercent, BigDecimal cap,
                       @ParameterKey("multi_sport_event_selection_qualifies_flag") boolean multiSportEventSelectionQualifies) {
    }

    public record Terms(List<Tier> tiers) {

        public Terms {
            tiers = List.copyOf(tiers);
        }
    }

    /**
     * @param approvedAndLaunched  经国家主管部门批准，正式上线运营
     * @param annualRevenue        年度营收 (domestic and foreign), yuan
     * @param rndInvestment        游戏软件研发投入, yuan
     */
    public record Input(boolean approvedAndLaunched, boolean original, boolean reviewed, BigDecimal annualRevenue,
                        boolean selectedForMultiSportEvent, BigDecimal rndInvestment) {
    }

    public OriginalGameSupport(ParameterSet parameters) {
        super(6, parameters, Terms.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        BigDecimal revenue = Inputs.nonNegative("annualRevenue", in.annualRevenue());
        BigDecimal rnd = Inputs.nonNegative("rndInvestment", in.rndInvestment());
        Terms t = terms(decisionDate);
        conditions.require(in.approvedAndLaunched(), "NOT_APPROVED_AND_LAUNCHED",
                        "not approved by the national authority and officially launched")
                .require(in.original(), "NOT_ORIGINAL", "not an original game")
                .reviewed(in.reviewed());
        Tier best = null;
        int bestIndex = -1;
        for (int i = 0; i < t.tiers().size(); i++) {
            Tier tier = t.tiers().get(i);
            boolean byRevenue = revenue.compareTo(Money.toYuanExact(tier.minRevenue())) >= 0;
            boolean byEvent = tier.multiSportEventSelectionQualifies() && in.selectedForMultiSportEvent();
            if ((byRevenue || byEvent) && (best == null || tier.cap().compareTo(best.cap()) > 0)) {
                best = tier;
                bestIndex = i + 1;
            }
        }
        Tier tier = best;
        String clause = "TIER_" + bestIndex;
        conditions.require(tier != null, "REVENUE_BELOW_MINIMUM", "annual revenue below "
                + t.tiers().get(0).minRevenue() + "万元 and not selected for a multi-sport event");
        return conditions.award(() -> AwardPart.percentCapped(clause, rnd, tier.ratePercent(), tier.cap()));
    }
}

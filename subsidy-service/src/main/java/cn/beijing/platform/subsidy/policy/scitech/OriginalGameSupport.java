package cn.beijing.platform.subsidy.policy.scitech;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.parameters.ParameterKey;
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
 * 措施6 精品游戏作品: an approved, officially launched original game, after review. Annual revenue (domestic and
 * foreign) of 5亿 or more → 20% of game R&D (附则6), at most 500万; 10亿 or more, or selected for an international or
 * national multi-sport event → 20%, at most 1000万 (及以上: inclusive). The highest tier met applies.
 */
@Rule(id = "sci-tech-culture-measure-06", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 6",
        parameters = "sci-tech-culture-measure-06-original-games")
public final class OriginalGameSupport implements SciTechCultureMeasure<OriginalGameSupport.Input> {

    static final int MEASURE = 6;

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

    private final EffectiveDated<Terms> terms;

    public OriginalGameSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-06-original-games", Terms.class);
    }

    @Override
    public CultureSupportDecision decide(OriginalGameSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal revenue = Inputs.nonNegative("annualRevenue", in.annualRevenue());
        BigDecimal rnd = Inputs.nonNegative("rndInvestment", in.rndInvestment());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (!in.approvedAndLaunched()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_APPROVED_AND_LAUNCHED",
                    "not approved by the national authority and officially launched"));
        }
        if (!in.original()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_ORIGINAL", "not an original game"));
        }
        if (!in.reviewed()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_REVIEWED", "not recognised by review (经评审认定)"));
        }
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
        if (best == null) {
            failures.add(CultureSupportDecision.failure(MEASURE, "REVENUE_BELOW_MINIMUM",
                    "annual revenue below " + t.tiers().get(0).minRevenue() + "万元 and not selected for a multi-sport event"));
        }
        List<AwardPart> parts = failures.isEmpty()
                ? List.of(AwardPart.percentCapped("TIER_" + bestIndex, rnd, best.ratePercent(), best.cap()))
                : List.of();
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms)));
    }
}

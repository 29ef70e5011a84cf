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
 * 措施2 游戏电竞核心软硬件研发: prior-year R&D of 500万 or more (达…以上, inclusive) and 3% or more of main business
 * revenue → 20% of the actual annual R&D, at most 500万 a year, after review.
 */
@Rule(id = "sci-tech-culture-measure-02", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 2",
        parameters = "sci-tech-culture-measure-02-game-esports-rnd")
public final class GameEsportsRndSupport extends TermsMeasure<GameEsportsRndSupport.Input, GameEsportsRndSupport.Terms> {

    /** @param minRnd 万元; @param annualCap 万元 */
    public record Terms(BigDecimal minRnd, BigDecimal minRndSharePercent, BigDecimal ratePercent,
                        BigDecimal annualCap) {
    }

    /**
     * @param priorYearRnd          上年度研发投入 in the listed game/esports technologies, yuan
     * @param priorYearMainRevenue  上年度主营业务收入, yuan
     * @param reviewed              经评审认定
     */
    public record Input(BigDecimal priorYearRnd, BigDecimal priorYearMainRevenue, boolean reviewed) {
    }

    public GameEsportsRndSupport(ParameterSet parameters) {
        super(2, parameters, Terms.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        BigDecimal rnd = Inputs.nonNegative("priorYearRnd", in.priorYearRnd());
        BigDecimal revenue = Inputs.nonNegative("priorYearMainRevenue", in.priorYearMainRevenue());
        Terms t = terms(decisionDate);
        conditions.require(rnd.compareTo(Money.toYuanExact(t.minRnd())) >= 0, "RND_BELOW_MINIMUM",
                "prior-year R&D below " + t.minRnd() + "万元");
        // 占主营业务收入比重达3%以上: rnd >= 3% × revenue; no revenue gives no share.
        conditions.require(revenue.signum() > 0 && rnd.compareTo(Money.percentOf(revenue, t.minRndSharePercent())) >= 0,
                "RND_SHARE_BELOW_MINIMUM", "R&D below " + t.minRndSharePercent() + "% of main business revenue");
        conditions.reviewed(in.reviewed());
        return List.of(AwardPart.percentCapped("RND", rnd, t.ratePercent(), t.annualCap()));
    }
}

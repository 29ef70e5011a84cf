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
 * 措施2 游戏电竞核心软硬件研发: prior-year R&D of 500万 or more (达…以上, inclusive) and 3% or more of main business
 * revenue → 20% of the actual annual R&D, at most 500万 a year, after review.
 */
@Rule(id = "sci-tech-culture-measure-02", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 2",
        parameters = "sci-tech-culture-measure-02-game-esports-rnd")
public final class GameEsportsRndSupport implements SciTechCultureMeasure<GameEsportsRndSupport.Input> {

    static final int MEASURE = 2;

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

    private final EffectiveDated<Terms> terms;

    public GameEsportsRndSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-02-game-esports-rnd", Terms.class);
    }

    @Override
    public CultureSupportDecision decide(GameEsportsRndSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal rnd = Inputs.nonNegative("priorYearRnd", in.priorYearRnd());
        BigDecimal revenue = Inputs.nonNegative("priorYearMainRevenue", in.priorYearMainRevenue());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (rnd.compareTo(Money.toYuanExact(t.minRnd())) < 0) {
            failures.add(CultureSupportDecision.failure(MEASURE, "RND_BELOW_MINIMUM",
                    "prior-year R&D below " + t.minRnd() + "万元"));
        }
        // 占主营业务收入比重达3%以上: rnd >= 3% × revenue; no revenue gives no share.
        if (revenue.signum() == 0 || rnd.compareTo(Money.percentOf(revenue, t.minRndSharePercent())) < 0) {
            failures.add(CultureSupportDecision.failure(MEASURE, "RND_SHARE_BELOW_MINIMUM",
                    "R&D below " + t.minRndSharePercent() + "% of main business revenue"));
        }
        if (!in.reviewed()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_REVIEWED", "not recognised by review (经评审认定)"));
        }
        List<AwardPart> parts = failures.isEmpty()
                ? List.of(AwardPart.percentCapped("RND", rnd, t.ratePercent(), t.annualCap())) : List.of();
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms)));
    }
}

package cn.beijing.platform.subsidy.policy.finance;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.subsidy.policy.RuleTerms;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.DistinctIds;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 第十五条 投早投小投硬科技: a venture investor's first investment in a start-up, 满2年 after the transfer (the
 * anniversary day counts), rated as strongly driving the real economy → 2% of the investment (first investment only),
 * at most 50万 per project, at most 200万 per institution a year; guidance fund, fiscal or state capital excluded.
 * <p>Exception of this article (投资划款日在政策有效期内的，兑现期直至满2年止): the qualifying event is the transfer
 * day, so an investment transferred inside the policy period is rewarded when its two years are complete, even after
 * the period ends — see {@link #qualifyingEventDate(Investment)}.
 * <p>[platform rule] when the institution cap cuts the year's rewards, the investments are served in the order of
 * their transfer day (earliest first).
 */
@Rule(id = "industrial-finance-article-15", document = Documents.INDUSTRIAL_FINANCE, article = "第十五条",
        parameters = "industrial-finance-article-15-early-stage-investment")
public final class EarlyStageInvestmentReward implements IndustrialFinanceArticle<EarlyStageInvestmentReward.Claim, EarlyStageInvestmentReward.InstitutionDecision> {

    static final int ARTICLE = 15;

    /** Amounts in 万元. */
    public record Terms(int minHoldingYears, BigDecimal ratePercent, BigDecimal projectCap,
                        BigDecimal institutionAnnualCap) {
    }

    /**
     * @param transferredOn           投资划款日
     * @param amount                  实际投资金额, yuan
     * @param governmentPart          the part from the guidance fund, fiscal funds or state capital, yuan
     * @param firstInvestment         the investor's first investment in this company (仅限首次投资)
     * @param startUp                 the company is an early-stage (初创型) enterprise
     * @param strongRealEconomyEffect 经评定，对实体企业带动作用较强
     */
    public record Investment(String projectId, LocalDate transferredOn, BigDecimal amount, BigDecimal governmentPart,
                             boolean firstInvestment, boolean startUp, boolean strongRealEconomyEffect) {
    }

    /**
     * @param projects           one decision per investment, in the input order
     * @param alreadyAwardedThisYear rewards already granted to the institution this year under this article, yuan
     */
    public record InstitutionDecision(List<FinanceSupportDecision> projects, BigDecimal alreadyAwardedThisYear,
                                      BigDecimal amount, BigDecimal amountTenThousandYuan, boolean institutionCapApplied,
                                      List<Basis> basis) implements Decision, FinanceSupportClaim {

        /** One support decision per investment. */
        @Override
        public List<FinanceSupportDecision> supportDecisions() {
            return projects;
        }
    }

    /** A claim under 第十五条: the year's investments of one institution and what it was already awarded (yuan). */
    public record Claim(List<Investment> investments, BigDecimal alreadyAwardedThisYear) {
    }

    private final RuleTerms<Terms> terms;

    @Override
    public EarlyStageInvestmentReward.InstitutionDecision decide(Claim in, LocalDate decisionDate) {
        return evaluate(in.investments(), in.alreadyAwardedThisYear(), decisionDate);
    }

    public EarlyStageInvestmentReward(ParameterSet parameters) {
        this.terms = RuleTerms.of(this, parameters, Terms.class);
    }

    /** The day the scope window (附则5, 附则3) is tested against: the transfer day, not the day of maturity. */
    public static LocalDate qualifyingEventDate(Investment investment) {
        return investment.transferredOn();
    }

    public InstitutionDecision evaluate(List<Investment> investments, BigDecimal alreadyAwardedThisYear,
                                        LocalDate decisionDate) {
        Inputs.required("investments", investments);
        BigDecimal already = FinanceTerms.tenThousand(
                Inputs.optionalNonNegative("alreadyAwardedThisYear", alreadyAwardedThisYear));
        Terms t = terms.on(decisionDate);
        List<Basis> basis = List.of(terms.basis(decisionDate));
        FinanceSupportDecision[] decisions = new FinanceSupportDecision[investments.size()];
        List<Integer> order = new ArrayList<>();
        DistinctIds projects = new DistinctIds();
        for (int i = 0; i < investments.size(); i++) {
            String at = "investments[" + i + "]";
            Investment inv = Inputs.required(at, investments.get(i));
            projects.add(at + ".projectId", inv.projectId());
            LocalDate transferredOn = Inputs.date(at + ".transferredOn", inv.transferredOn());
            BigDecimal gross = FinanceTerms.tenThousand(Inputs.nonNegative(at + ".amount", inv.amount()));
            BigDecimal government = FinanceTerms.tenThousand(
                    Inputs.optionalNonNegative(at + ".governmentPart", inv.governmentPart()));
            if (government.compareTo(gross) > 0) {
                throw new PolicyInputException(at + ".governmentPart", "is more than the investment");
            }
            Conditions conditions = terms.conditions()
                    // 自投资划款之日起满2年: the anniversary day itself completes the two years.
                    .require(!transferredOn.plusYears(t.minHoldingYears()).isAfter(decisionDate),
                            "HELD_LESS_THAN_MINIMUM", "held less than " + t.minHoldingYears() + " years on " + decisionDate)
                    .require(inv.firstInvestment(), "NOT_FIRST_INVESTMENT", "only the first investment counts")
                    .require(inv.startUp(), "NOT_START_UP", "not an early-stage enterprise")
                    .require(inv.strongRealEconomyEffect(), "NOT_RATED", "not rated as strongly driving real enterprises");
            decisions[i] = FinanceSupportDecision.of(ARTICLE, "PROJECT " + inv.projectId(), conditions,
                    () -> Money.percentOf(gross.subtract(government), t.ratePercent()), t.projectCap(), basis);
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> investments.get(i).transferredOn()).thenComparing(i -> i));
        BigDecimal room = t.institutionAnnualCap().subtract(already).max(BigDecimal.ZERO);
        boolean capApplied = false;
        BigDecimal total = BigDecimal.ZERO;
        for (int i : order) {
            FinanceSupportDecision d = decisions[i];
            if (!d.eligible()) {
                continue;
            }
            if (d.amountTenThousandYuan().compareTo(room) > 0) {
                d = d.limitedTo(room);
                decisions[i] = d;
                capApplied = true;
            }
            room = room.subtract(d.amountTenThousandYuan());
            total = total.add(d.amountTenThousandYuan());
        }
        BigDecimal totalTenThousand = total.setScale(Money.SCALE, Money.ROUNDING);
        return new InstitutionDecision(List.of(decisions), Money.yuan(Money.toYuanExact(already)),
                Money.yuan(Money.toYuanExact(totalTenThousand)), totalTenThousand, capApplied, basis);
    }
}

package cn.beijing.platform.subsidy.policy.finance;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.subsidy.policy.RuleTerms;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.parameters.ParameterKey;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 第十一条 私募投资机构落户: a fund manager with paid-in capital of 1000万 or more whose managed funds have paid-in
 * 1亿(含) or more in total, rated as strongly driving the real economy → 1000万(含)–5000万: 2%, at most 100万;
 * 5000万(含)–1亿: 3%, at most 300万; 1亿(含) or more: 4%, at most 500万. An increase of 1000万(含) or more of an
 * existing manager → one-time 0.5% of the increase, at most 100万. Contributions of the Yizhuang guidance fund, fiscal
 * funds or state capital are excluded before the reward is computed. 就高不重复 with 第十二条.
 * <p>[platform rule] the entry threshold and the bracket are read on the capital net of those contributions
 * (net_capital_decides_bracket_flag); the managed-fund condition on the gross scale.
 */
@Rule(id = "industrial-finance-article-11", document = Documents.INDUSTRIAL_FINANCE, article = "第十一条",
        parameters = "industrial-finance-article-11-private-fund-managers")
public final class PrivateFundManagerReward implements IndustrialFinanceArticle<PrivateFundManagerReward.Claim, FinanceSupportDecision> {

    static final int ARTICLE = 11;

    /** @param from 万元; @param cap 万元 */
    public record Bracket(BigDecimal from, BigDecimal ratePercent, BigDecimal cap) {
    }

    /** Amounts in 万元. */
    public record Terms(BigDecimal minFundsPaidIn, List<Bracket> brackets, BigDecimal increaseMin,
                        BigDecimal increaseRatePercent, BigDecimal increaseCap, @ParameterKey("net_capital_decides_bracket_flag") boolean netCapitalDecidesBracket) {

        public Terms {
            brackets = List.copyOf(brackets);
        }
    }

    /**
     * @param managerPaidInCapital    基金管理人实缴资本, yuan
     * @param governmentContribution  part of it from the guidance fund, fiscal funds or state capital, yuan
     * @param managedFundsPaidIn      所管理基金实缴规模合计, yuan
     * @param strongRealEconomyEffect 经评定，对实体企业带动作用较强
     */
    public record Input(BigDecimal managerPaidInCapital, BigDecimal governmentContribution,
                        BigDecimal managedFundsPaidIn, boolean strongRealEconomyEffect) {
    }

    /**
     * A claim under 第十一条: ESTABLISHMENT with the manager's paid-in capital, the government part and the managed
     * funds, or CAPITAL_INCREASE with the increase and its government part; yuan.
     */
    public record Claim(CapitalClause clause, BigDecimal managerPaidInCapital, BigDecimal governmentContribution,
                        BigDecimal managedFundsPaidIn, boolean strongRealEconomyEffect, BigDecimal increase,
                        BigDecimal governmentPart) {
    }

    private final RuleTerms<Terms> terms;

    @Override
    public FinanceSupportDecision decide(Claim in, LocalDate decisionDate) {
        if (CapitalClause.of(in.clause()) == CapitalClause.CAPITAL_INCREASE) {
            return capitalIncrease(in.increase(), in.governmentPart(), decisionDate);
        }
        return establishment(new Input(in.managerPaidInCapital(), in.governmentContribution(), in.managedFundsPaidIn(),
                in.strongRealEconomyEffect()), decisionDate);
    }

    public PrivateFundManagerReward(ParameterSet parameters) {
        this.terms = RuleTerms.of(this, parameters, Terms.class);
    }

    public FinanceSupportDecision establishment(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal gross = FinanceTerms.tenThousand(Inputs.nonNegative("managerPaidInCapital", in.managerPaidInCapital()));
        BigDecimal government = FinanceTerms.tenThousand(
                Inputs.optionalNonNegative("governmentContribution", in.governmentContribution()));
        if (government.compareTo(gross) > 0) {
            throw new PolicyInputException("governmentContribution", "is more than the paid-in capital");
        }
        BigDecimal funds = FinanceTerms.tenThousand(Inputs.nonNegative("managedFundsPaidIn", in.managedFundsPaidIn()));
        Terms t = terms.on(decisionDate);
        List<Basis> basis = List.of(terms.basis(decisionDate));
        BigDecimal net = gross.subtract(government);
        BigDecimal bracketBase = t.netCapitalDecidesBracket() ? net : gross;
        Optional<ReachedBracket<Bracket>> reached = ReachedBracket.of(t.brackets(), Bracket::from, bracketBase);
        Conditions conditions = terms.conditions()
                .require(reached.isPresent(), "MANAGER_CAPITAL_BELOW_MINIMUM",
                        "manager paid-in capital below " + t.brackets().get(0).from() + "万元")
                .require(funds.compareTo(t.minFundsPaidIn()) >= 0, "FUNDS_BELOW_MINIMUM",
                        "managed funds paid-in below " + t.minFundsPaidIn() + "万元")
                .require(in.strongRealEconomyEffect(), "NOT_RATED", "not rated as strongly driving real enterprises");
        if (!conditions.met()) {
            return FinanceSupportDecision.refused(ARTICLE, "ESTABLISHMENT", conditions.failures(), basis);
        }
        Bracket bracket = reached.get().bracket();
        return FinanceSupportDecision.granted(ARTICLE, "MANAGER_BRACKET_" + reached.get().number(),
                Money.percentOf(net, bracket.ratePercent()), bracket.cap(), basis);
    }

    /** An increase of an existing manager's paid-in capital, yuan, less the government part. */
    public FinanceSupportDecision capitalIncrease(BigDecimal increase, BigDecimal governmentPart, LocalDate decisionDate) {
        BigDecimal gross = FinanceTerms.tenThousand(Inputs.nonNegative("increase", increase));
        BigDecimal government = FinanceTerms.tenThousand(Inputs.optionalNonNegative("governmentPart", governmentPart));
        if (government.compareTo(gross) > 0) {
            throw new PolicyInputException("governmentPart", "is more than the increase");
        }
        Terms t = terms.on(decisionDate);
        List<Basis> basis = List.of(terms.basis(decisionDate));
        BigDecimal net = gross.subtract(government);
        BigDecimal base = t.netCapitalDecidesBracket() ? net : gross;
        Conditions conditions = terms.conditions().require(base.compareTo(t.increaseMin()) >= 0,
                "INCREASE_BELOW_MINIMUM", "increase below " + t.increaseMin() + "万元");
        return FinanceSupportDecision.of(ARTICLE, "CAPITAL_INCREASE", conditions,
                () -> Money.percentOf(net, t.increaseRatePercent()), t.increaseCap(), basis);
    }
}

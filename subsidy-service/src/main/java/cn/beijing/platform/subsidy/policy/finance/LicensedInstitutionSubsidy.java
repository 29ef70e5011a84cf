package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.RuleTerms;

/**
 * 第八条 持牌法人金融机构落户: a licensed legal-person financial institution approved by the national financial
 * regulator. Paid-in capital 1亿(含)–5亿 → "500万元 + 实收资本×1%"; 5亿(含)–10亿 → "1000万元 + 实收资本×0.5%";
 * 10亿(含)–30亿 → "2000万元 + 实收资本×0.3%"; 30亿(含)以上 → "5000万元 + 实收资本×0.2%"; at most 6000万. The
 * percentage is of the <em>whole</em> paid-in capital, as printed (not of the excess over the bracket floor). Each
 * capital increase of 1亿(含) or more → 1% of the increase, at most 2000万 each time.
 */
@Rule(id = "industrial-finance-article-08", document = Documents.INDUSTRIAL_FINANCE, article = "第八条",
        parameters = "industrial-finance-article-08-licensed-institutions")
public final class LicensedInstitutionSubsidy implements IndustrialFinanceArticle<LicensedInstitutionSubsidy.Claim, FinanceSupportDecision> {

    static final int ARTICLE = 8;

    /** @param from 万元, inclusive lower bound of the bracket; @param fixed 万元 */
    public record Bracket(BigDecimal from, BigDecimal fixed, BigDecimal ratePercent) {
    }

    /** Amounts in 万元; brackets in ascending order. */
    public record Terms(List<Bracket> brackets, BigDecimal cap, BigDecimal increaseMin,
                        BigDecimal increaseRatePercent, BigDecimal increaseCap) implements FinanceTerms.IncreaseTerms {

        public Terms {
            brackets = List.copyOf(brackets);
            for (int i = 1; i < brackets.size(); i++) {
                if (brackets.get(i).from().compareTo(brackets.get(i - 1).from()) <= 0) {
                    throw new IllegalArgumentException("brackets must ascend");
                }
            }
        }
    }

    /**
     * A claim under 第八条: {@code ESTABLISHMENT} (default) with {@code paidInCapital}, or {@code CAPITAL_INCREASE} with
     * {@code increase}; yuan. {@code approvedByNationalRegulator} defaults to true.
     */
    public record Claim(CapitalClause clause, Boolean approvedByNationalRegulator, BigDecimal paidInCapital,
                        BigDecimal increase) {
    }

    private final RuleTerms<Terms> terms;

    public LicensedInstitutionSubsidy(ParameterSet parameters) {
        this.terms = RuleTerms.of(this, parameters, Terms.class);
    }

    @Override
    public FinanceSupportDecision decide(Claim in, LocalDate decisionDate) {
        if (CapitalClause.of(in.clause()) == CapitalClause.CAPITAL_INCREASE) {
            return capitalIncrease(in.increase(), decisionDate);
        }
        return establishment(in.approvedByNationalRegulator() == null || in.approvedByNationalRegulator(),
                in.paidInCapital(), decisionDate);
    }

    /**
     * The calculator of {@code POST /api/subsidies/industrial-finance/licensed-institution-evaluations}: the
     * establishment subsidy for {@code paidInCapital} yuan of an approved institution.
     */
    public FinanceSupportDecision evaluate(BigDecimal paidInCapital, LocalDate decisionDate) {
        return establishment(true, paidInCapital, decisionDate);
    }

    /** @param approvedByNationalRegulator 经国家金融管理部门批准设立 */
    public FinanceSupportDecision establishment(boolean approvedByNationalRegulator, BigDecimal paidInCapital,
                                                LocalDate decisionDate) {
        BigDecimal capital = FinanceTerms.tenThousand("paidInCapital", paidInCapital);
        Terms t = terms.on(decisionDate);
        List<Basis> basis = List.of(terms.basis(decisionDate));
        if (!approvedByNationalRegulator) {
            return FinanceSupportDecision.refused(ARTICLE, "ESTABLISHMENT", terms.conditions().require(false,
                    "NOT_APPROVED_BY_NATIONAL_REGULATOR", "not approved by the national financial regulator")
                    .failures(), basis);
        }
        Optional<ReachedBracket<Bracket>> reached = ReachedBracket.of(t.brackets(), Bracket::from, capital);
        if (reached.isEmpty()) {
            return FinanceSupportDecision.refused(ARTICLE, "ESTABLISHMENT", terms.conditions().require(false,
                    "PAID_IN_CAPITAL_BELOW_MINIMUM", "paid-in capital below " + t.brackets().get(0).from() + "万元")
                    .failures(), basis);
        }
        Bracket bracket = reached.get().bracket();
        BigDecimal raw = bracket.fixed().add(Money.percentOf(capital, bracket.ratePercent()));
        return FinanceSupportDecision.granted(ARTICLE, "PAID_IN_BRACKET_" + reached.get().number(), raw, t.cap(),
                basis);
    }

    /** 增资: one capital increase of {@code increase} yuan. */
    public FinanceSupportDecision capitalIncrease(BigDecimal increase, LocalDate decisionDate) {
        return FinanceTerms.capitalIncrease(ARTICLE, terms, increase, decisionDate);
    }
}

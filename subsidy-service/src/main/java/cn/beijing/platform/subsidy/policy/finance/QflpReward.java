package cn.beijing.platform.subsidy.policy.finance;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.subsidy.policy.RuleTerms;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;

/**
 * 第十二条 合格境外有限合伙人 (QFLP): a fund manager newly granted the Beijing QFLP pilot qualification → one-time
 * 100万; a QFLP fund filed with the Asset Management Association and operating in Yizhuang with paid-in of
 * US$2000万(含)–5000万以下 → 50万, 5000万(含)–1亿 → 80万, 1亿(含) or more → 100万 (yuan). Guidance fund, fiscal or
 * state capital is excluded first. 与第十一条按"就高不重复".
 */
@Rule(id = "industrial-finance-article-12", document = Documents.INDUSTRIAL_FINANCE, article = "第十二条",
        parameters = "industrial-finance-article-12-qflp")
public final class QflpReward implements IndustrialFinanceArticle<QflpReward.Claim, FinanceSupportDecision> {

    static final int ARTICLE = 12;

    /** @param fromTenThousandUsd inclusive lower bound, 万美元; @param award 万元 */
    public record FundTier(BigDecimal fromTenThousandUsd, BigDecimal award) {
    }

    public record Terms(BigDecimal newQualification, List<FundTier> fundTiers) {

        public Terms {
            fundTiers = List.copyOf(fundTiers);
        }
    }

    /**
     * @param paidInUsd              实缴美元 (or the RMB equivalent converted by the caller), US dollars
     * @param governmentContributionUsd the part from the guidance fund, fiscal funds or state capital, US dollars
     */
    public record FundInput(boolean filedWithAmac, boolean operatesInYizhuang, BigDecimal paidInUsd,
                            BigDecimal governmentContributionUsd) {
    }

    public enum Clause {
        NEW_QUALIFICATION, FUND
    }

    /** A claim under 第十二条: NEW_QUALIFICATION with {@code newlyQualified}, or FUND with the fund facts (US dollars). */
    public record Claim(Clause clause, boolean newlyQualified, boolean filedWithAmac, boolean operatesInYizhuang,
                        BigDecimal paidInUsd, BigDecimal governmentContributionUsd) {
    }

    private final RuleTerms<Terms> terms;

    @Override
    public FinanceSupportDecision decide(Claim in, LocalDate decisionDate) {
        if (Inputs.required("clause", in.clause()) == Clause.NEW_QUALIFICATION) {
            return newQualification(in.newlyQualified(), decisionDate);
        }
        return fund(new FundInput(in.filedWithAmac(), in.operatesInYizhuang(), in.paidInUsd(),
                in.governmentContributionUsd()), decisionDate);
    }

    public QflpReward(ParameterSet parameters) {
        this.terms = RuleTerms.of(this, parameters, Terms.class);
    }

    /** A manager newly granted the QFLP pilot qualification. */
    public FinanceSupportDecision newQualification(boolean newlyQualified, LocalDate decisionDate) {
        Terms t = terms.on(decisionDate);
        List<Basis> basis = List.of(terms.basis(decisionDate));
        Conditions conditions = terms.conditions().require(newlyQualified, "NOT_NEWLY_QUALIFIED",
                "not newly granted the Beijing QFLP pilot qualification");
        return FinanceSupportDecision.of(ARTICLE, "NEW_QUALIFICATION", conditions, t::newQualification, null, basis);
    }

    public FinanceSupportDecision fund(FundInput in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal gross = Inputs.nonNegative("paidInUsd", in.paidInUsd()).movePointLeft(4);
        BigDecimal government = Inputs.optionalNonNegative("governmentContributionUsd", in.governmentContributionUsd())
                .movePointLeft(4);
        if (government.compareTo(gross) > 0) {
            throw new PolicyInputException("governmentContributionUsd", "is more than the paid-in amount");
        }
        BigDecimal net = gross.subtract(government);
        Terms t = terms.on(decisionDate);
        List<Basis> basis = List.of(terms.basis(decisionDate));
        Conditions conditions = terms.conditions()
                .require(in.filedWithAmac(), "NOT_FILED", "not filed with the Asset Management Association of China")
                .require(in.operatesInYizhuang(), "NOT_OPERATING_IN_YIZHUANG", "does not operate in Yizhuang");
        Optional<ReachedBracket<FundTier>> tier = ReachedBracket.of(t.fundTiers(), FundTier::fromTenThousandUsd, net);
        conditions.require(tier.isPresent(), "FUND_BELOW_MINIMUM",
                "fund paid-in below US$" + t.fundTiers().get(0).fromTenThousandUsd() + "万");
        if (!conditions.met()) {
            return FinanceSupportDecision.refused(ARTICLE, "FUND", conditions.failures(), basis);
        }
        return FinanceSupportDecision.granted(ARTICLE, "FUND_TIER_" + tier.get().number(), tier.get().bracket().award(),
                null, basis);
    }
}

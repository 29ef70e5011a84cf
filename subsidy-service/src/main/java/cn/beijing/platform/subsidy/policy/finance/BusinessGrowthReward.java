package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 第十四条 金融机构业务增速, for financial institutions with statistical codes beginning 66, 67, 68, 69: revenue of the
 * year below 5000万 and growth of 18%(含) or more, or revenue of 5000万(含) or more and growth of 15%(含) or more → 2%
 * of the revenue increment, at most 200万 per institution a year. Within one system with a superior and a subordinate
 * institution in Yizhuang only the superior is rewarded. 与第三条、第十三条按"就高不重复".
 * <p>The gazette's "5000万元以下" would include 5000万 (民法典 第一千二百五十九条), but the next clause claims 5000万 with
 * "(含)"; both clauses pay 2%, so revenue of exactly 5000万 is read under the second (growth 15%).
 */
@Rule(id = "industrial-finance-article-14", document = Documents.INDUSTRIAL_FINANCE, article = "第十四条",
        parameters = "industrial-finance-article-14-business-growth")
public final class BusinessGrowthReward extends TermsArticle<BusinessGrowthReward.Input, BusinessGrowthReward.Terms> {

    static final int ARTICLE = 14;

    /** Amounts in 万元. */
    public record Terms(BigDecimal revenueSplit, BigDecimal growthBelowSplitMinPercent,
                        BigDecimal growthFromSplitMinPercent, BigDecimal ratePercent, BigDecimal annualCap,
                        List<String> statisticalCodePrefixes) {

        public Terms {
            statisticalCodePrefixes = List.copyOf(statisticalCodePrefixes);
        }
    }

    /**
     * @param statisticalCode       the institution's industry code (e.g. {@code 6621})
     * @param revenue               全年营业收入, yuan
     * @param previousYearRevenue   the previous year's revenue, yuan
     * @param subordinateInSystem   a subordinate of a superior institution of the same system in Yizhuang
     */
    public record Input(String statisticalCode, BigDecimal revenue, BigDecimal previousYearRevenue,
                        boolean subordinateInSystem) {
    }

    public BusinessGrowthReward(ParameterSet parameters) {
        super(parameters, Terms.class);
    }

    @Override
    FinanceSupportDecision assess(Input in, LocalDate decisionDate) {
        String code = Inputs.required("statisticalCode", in.statisticalCode());
        BigDecimal revenue = FinanceTerms.tenThousand("revenue", in.revenue());
        BigDecimal previous = FinanceTerms.tenThousand("previousYearRevenue", in.previousYearRevenue());
        Terms t = terms(decisionDate);
        List<Basis> basis = basis(decisionDate);
        boolean fromSplit = revenue.compareTo(t.revenueSplit()) >= 0;
        BigDecimal minimumGrowth = fromSplit ? t.growthFromSplitMinPercent() : t.growthBelowSplitMinPercent();
        BigDecimal increment = revenue.subtract(previous);
        Conditions conditions = conditions()
                .require(t.statisticalCodePrefixes().stream().anyMatch(code::startsWith), "NOT_FINANCIAL_INSTITUTION",
                        "statistical code " + code + " does not begin with " + t.statisticalCodePrefixes())
                .require(!in.subordinateInSystem(), "SUBORDINATE_IN_SYSTEM",
                        "only the superior institution of the same system is rewarded")
                // growth >= minimum  ⇔  increment >= minimum% × previous; no previous revenue gives no growth rate.
                .require(previous.signum() != 0 && increment.compareTo(Money.percentOf(previous, minimumGrowth)) >= 0,
                        "GROWTH_BELOW_MINIMUM", "revenue growth below " + minimumGrowth + "%");
        if (!conditions.met()) {
            return FinanceSupportDecision.refused(ARTICLE, "GROWTH", conditions.failures(), basis);
        }
        return FinanceSupportDecision.granted(ARTICLE, fromSplit ? "GROWTH_FROM_SPLIT" : "GROWTH_BELOW_SPLIT",
                Money.percentOf(increment, t.ratePercent()), t.annualCap(), basis);
    }
}

package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 第五条 支持发展绿色金融: "对绿色金融支持力度较强的前 20% 银行机构给予荣誉称号" — a bank among the first 20 % of the banks
 * ranked for their green-finance support is given an honour title. An honour, not money: the decision's amount is 0.
 * The ranking itself (绿色金融支持力度, which the article also proposes to bring into the Yizhuang bank evaluation) is
 * the bureau's: the bank's rank and the number of banks ranked are the input.
 * <p>[platform rule] "前 20%" is read as rank ≤ 20 % × banks ranked, not rounded up: of 12 banks ranks 1 and 2 (2.4),
 * of 4 banks none (0.8) — rounding up would honour more than the first 20 %.
 */
@Rule(id = "industrial-finance-article-05", document = Documents.INDUSTRIAL_FINANCE, article = "第五条",
        parameters = "industrial-finance-article-05-green-finance")
public final class GreenFinanceHonour extends TermsArticle<GreenFinanceHonour.Input, GreenFinanceHonour.Terms> {

    static final int ARTICLE = 5;

    /** @param honouredSharePercent the first share of the banks ranked that is honoured (前 20%) */
    public record Terms(BigDecimal honouredSharePercent) {
    }

    /**
     * @param bank           a banking institution (银行机构)
     * @param rank           its place in the year's ranking of green-finance support, 1 = the strongest
     * @param banksEvaluated how many banks that ranking places
     */
    public record Input(boolean bank, int rank, int banksEvaluated) {
    }

    public GreenFinanceHonour(ParameterSet parameters) {
        super(parameters, Terms.class);
    }

    @Override
    FinanceSupportDecision assess(Input in, LocalDate decisionDate) {
        if (in.banksEvaluated() < 1) {
            throw new PolicyInputException("banksEvaluated", "must be 1 or more");
        }
        if (in.rank() < 1 || in.rank() > in.banksEvaluated()) {
            throw new PolicyInputException("rank", "must be between 1 and banksEvaluated (" + in.banksEvaluated() + ")");
        }
        Terms t = terms(decisionDate);
        BigDecimal honoured = Money.percentOf(BigDecimal.valueOf(in.banksEvaluated()), t.honouredSharePercent());
        Conditions conditions = conditions()
                .require(in.bank(), "NOT_A_BANK", "not a banking institution")
                .require(BigDecimal.valueOf(in.rank()).compareTo(honoured) <= 0, "NOT_IN_FIRST_SHARE",
                        "rank " + in.rank() + " of " + in.banksEvaluated() + " is not within the first "
                                + t.honouredSharePercent() + "%");
        return FinanceSupportDecision.of(ARTICLE, "HONOUR_TITLE", conditions, () -> BigDecimal.ZERO, null,
                basis(decisionDate));
    }
}

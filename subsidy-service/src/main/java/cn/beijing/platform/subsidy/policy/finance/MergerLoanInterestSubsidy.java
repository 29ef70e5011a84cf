package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 第十六条 "并购+"组合融资: a listed company with M&A investment of 1亿 or more (以上: inclusive) and a bank M&A loan
 * contract → 25% of the interest actually paid, at most 300万 per enterprise a year.
 */
@Rule(id = "industrial-finance-article-16", document = Documents.INDUSTRIAL_FINANCE, article = "第十六条",
        parameters = "industrial-finance-article-16-merger-loans")
public final class MergerLoanInterestSubsidy extends TermsArticle<MergerLoanInterestSubsidy.Input, MergerLoanInterestSubsidy.Terms> {

    static final int ARTICLE = 16;

    /** Amounts in 万元. */
    public record Terms(BigDecimal minMergerInvestment, BigDecimal ratePercent, BigDecimal annualCap) {
    }

    /** Yuan. */
    public record Input(boolean listedCompany, BigDecimal mergerInvestment, boolean bankMergerLoanContract,
                        BigDecimal interestPaid) {
    }

    public MergerLoanInterestSubsidy(ParameterSet parameters) {
        super(parameters, Terms.class);
    }

    @Override
    FinanceSupportDecision assess(Input in, LocalDate decisionDate) {
        BigDecimal investment = FinanceTerms.tenThousand("mergerInvestment", in.mergerInvestment());
        BigDecimal interest = FinanceTerms.tenThousand("interestPaid", in.interestPaid());
        Terms t = terms(decisionDate);
        Conditions conditions = conditions()
                .require(in.listedCompany(), "NOT_LISTED", "not a listed company")
                .require(investment.compareTo(t.minMergerInvestment()) >= 0, "MERGER_INVESTMENT_BELOW_MINIMUM",
                        "M&A investment below " + t.minMergerInvestment() + "万元")
                .require(in.bankMergerLoanContract(), "NO_BANK_MERGER_LOAN", "no M&A loan contract with a bank");
        return FinanceSupportDecision.of(ARTICLE, "INTEREST", conditions,
                () -> Money.percentOf(interest, t.ratePercent()), t.annualCap(), basis(decisionDate));
    }
}

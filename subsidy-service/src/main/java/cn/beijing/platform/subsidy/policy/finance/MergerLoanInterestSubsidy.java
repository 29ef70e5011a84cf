package cn.beijing.platform.subsidy.policy.finance;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Documents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 第十六条 "并购+"组合融资: a listed company with M&A investment of 1亿 or more (以上: inclusive) and a bank M&A loan
 * contract → 25% of the interest actually paid, at most 300万 per enterprise a year.
 */
@Rule(id = "industrial-finance-article-16", document = Documents.INDUSTRIAL_FINANCE, article = "第十六条",
        parameters = "industrial-finance-article-16-merger-loans")
public final class MergerLoanInterestSubsidy implements IndustrialFinanceArticle<MergerLoanInterestSubsidy.Input, FinanceSupportDecision> {

    static final int ARTICLE = 16;

    /** Amounts in 万元. */
    public record Terms(BigDecimal minMergerInvestment, BigDecimal ratePercent, BigDecimal annualCap) {
    }

    /** Yuan. */
    public record Input(boolean listedCompany, BigDecimal mergerInvestment, boolean bankMergerLoanContract,
                        BigDecimal interestPaid) {
    }

    private final EffectiveDated<Terms> terms;

    public MergerLoanInterestSubsidy(ParameterSet parameters) {
        this.terms = parameters.get("industrial-finance-article-16-merger-loans", Terms.class);
    }

    @Override
    public FinanceSupportDecision decide(MergerLoanInterestSubsidy.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public FinanceSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal investment = FinanceTerms.tenThousand(Inputs.nonNegative("mergerInvestment", in.mergerInvestment()));
        BigDecimal interest = FinanceTerms.tenThousand(Inputs.nonNegative("interestPaid", in.interestPaid()));
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Basis> basis = FinanceTerms.basis(ARTICLE, decisionDate, terms);
        List<Failure> failures = new ArrayList<>();
        if (!in.listedCompany()) {
            failures.add(FinanceSupportDecision.failure(ARTICLE, "NOT_LISTED", "not a listed company"));
        }
        if (investment.compareTo(t.minMergerInvestment()) < 0) {
            failures.add(FinanceSupportDecision.failure(ARTICLE, "MERGER_INVESTMENT_BELOW_MINIMUM",
                    "M&A investment below " + t.minMergerInvestment() + "万元"));
        }
        if (!in.bankMergerLoanContract()) {
            failures.add(FinanceSupportDecision.failure(ARTICLE, "NO_BANK_MERGER_LOAN", "no M&A loan contract with a bank"));
        }
        if (!failures.isEmpty()) {
            return FinanceSupportDecision.refused(ARTICLE, "INTEREST", failures, basis);
        }
        return FinanceSupportDecision.granted(ARTICLE, "INTEREST", Money.percentOf(interest, t.ratePercent()),
                t.annualCap(), basis);
    }
}

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
 * 第三条 供应链金融: a commercial factoring or financial leasing company whose business contracts in the year reach
 * 1亿 (含) → 0.1% of the financing provided to enterprises in the year, at most 500万 per company a year. 就高不重复 with
 * 第十三条 and 第十四条 (第十四条).
 */
@Rule(id = "industrial-finance-article-03", document = Documents.INDUSTRIAL_FINANCE, article = "第三条",
        parameters = "industrial-finance-article-03-supply-chain-finance")
public final class SupplyChainFinanceReward implements IndustrialFinanceArticle<SupplyChainFinanceReward.Input, FinanceSupportDecision> {

    static final int ARTICLE = 3;

    /** Amounts in 万元. */
    public record Terms(BigDecimal minContractAmount, BigDecimal ratePercent, BigDecimal annualCap) {
    }

    public enum CompanyType {
        COMMERCIAL_FACTORING, FINANCIAL_LEASING, OTHER
    }

    /** Yuan, for the year. */
    public record Input(CompanyType companyType, BigDecimal contractAmount, BigDecimal financingProvided) {
    }

    private final EffectiveDated<Terms> terms;

    public SupplyChainFinanceReward(ParameterSet parameters) {
        this.terms = parameters.get("industrial-finance-article-03-supply-chain-finance", Terms.class);
    }

    @Override
    public FinanceSupportDecision decide(SupplyChainFinanceReward.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public FinanceSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        CompanyType type = Inputs.required("companyType", in.companyType());
        BigDecimal contracts = FinanceTerms.tenThousand(Inputs.nonNegative("contractAmount", in.contractAmount()));
        BigDecimal financing = FinanceTerms.tenThousand(Inputs.nonNegative("financingProvided", in.financingProvided()));
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Basis> basis = FinanceTerms.basis(ARTICLE, decisionDate, terms);
        List<Failure> failures = new ArrayList<>();
        if (type == CompanyType.OTHER) {
            failures.add(FinanceSupportDecision.failure(ARTICLE, "NOT_FACTORING_OR_LEASING",
                    "not a commercial factoring or financial leasing company"));
        }
        if (contracts.compareTo(t.minContractAmount()) < 0) {
            failures.add(FinanceSupportDecision.failure(ARTICLE, "CONTRACTS_BELOW_MINIMUM",
                    "contracts of the year below " + t.minContractAmount() + "万元"));
        }
        if (!failures.isEmpty()) {
            return FinanceSupportDecision.refused(ARTICLE, "FINANCING", failures, basis);
        }
        return FinanceSupportDecision.granted(ARTICLE, "FINANCING", Money.percentOf(financing, t.ratePercent()),
                t.annualCap(), basis);
    }
}

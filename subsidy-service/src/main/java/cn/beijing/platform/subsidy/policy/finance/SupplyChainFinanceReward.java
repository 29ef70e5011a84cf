package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 第三条 供应链金融: a commercial factoring or financial leasing company whose business contracts in the year reach
 * 1亿 (含) → 0.1% of the financing provided to enterprises in the year, at most 500万 per company a year. 就高不重复 with
 * 第十三条 and 第十四条 (第十四条).
 */
@Rule(id = "industrial-finance-article-03", document = Documents.INDUSTRIAL_FINANCE, article = "第三条",
        parameters = "industrial-finance-article-03-supply-chain-finance")
public final class SupplyChainFinanceReward extends TermsArticle<SupplyChainFinanceReward.Input, SupplyChainFinanceReward.Terms> {

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

    public SupplyChainFinanceReward(ParameterSet parameters) {
        super(parameters, Terms.class);
    }

    @Override
    FinanceSupportDecision assess(Input in, LocalDate decisionDate) {
        CompanyType type = Inputs.required("companyType", in.companyType());
        BigDecimal contracts = FinanceTerms.tenThousand("contractAmount", in.contractAmount());
        BigDecimal financing = FinanceTerms.tenThousand("financingProvided", in.financingProvided());
        Terms t = terms(decisionDate);
        Conditions conditions = conditions()
                .require(type != CompanyType.OTHER, "NOT_FACTORING_OR_LEASING",
                        "not a commercial factoring or financial leasing company")
                .require(contracts.compareTo(t.minContractAmount()) >= 0, "CONTRACTS_BELOW_MINIMUM",
                        "contracts of the year below " + t.minContractAmount() + "万元");
        return FinanceSupportDecision.of(ARTICLE, "FINANCING", conditions,
                () -> Money.percentOf(financing, t.ratePercent()), t.annualCap(), basis(decisionDate));
    }
}

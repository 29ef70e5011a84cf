package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.common.basis.Basis;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.Parameter;

/**
 * 第三条 供应链金融: a commercial factoring or financial leasing company whose business contracts in the year reach
 * 1亿 (含) → 0.1% of the financing provided to enterprises in the year, at most 500万 per company a year. 就高不重复 with
 * 第十三条 and 第十四条 (第十四条).
 */
public final class SupplyChainFinanceReward {

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

    private final Parameter<Terms> terms;

    public SupplyChainFinanceReward(IndustrialFinanceParameters parameters) {
        this.terms = parameters.article03();
    }

    public FinanceSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        CompanyType type = Inputs.required("companyType", in.companyType());
        BigDecimal contracts = FinanceTerms.tenThousand(Inputs.nonNegative("contractAmount", in.contractAmount()));
        BigDecimal financing = FinanceTerms.tenThousand(Inputs.nonNegative("financingProvided", in.financingProvided()));
        Terms t = Inputs.inForce(terms, decisionDate);
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

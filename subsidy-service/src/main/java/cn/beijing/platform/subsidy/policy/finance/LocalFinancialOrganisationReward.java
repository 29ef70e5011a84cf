package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.RuleTerms;

/**
 * 第十条 地方金融组织落户: a financial leasing, commercial factoring or financing guarantee company newly approved by
 * the Beijing local financial regulator with paid-in capital of 5亿(含) or more → one-time 0.5% of the paid-in
 * capital, at most 2500万; each increase of 1亿(含) or more → 0.5% of the increase, at most 500万 each time.
 */
@Rule(id = "industrial-finance-article-10", document = Documents.INDUSTRIAL_FINANCE, article = "第十条",
        parameters = "industrial-finance-article-10-local-financial-organisations")
public final class LocalFinancialOrganisationReward implements IndustrialFinanceArticle<LocalFinancialOrganisationReward.Claim, FinanceSupportDecision> {

    static final int ARTICLE = 10;

    /** Amounts in 万元. */
    public record Terms(BigDecimal minPaidIn, BigDecimal ratePercent, BigDecimal cap, BigDecimal increaseMin,
                        BigDecimal increaseRatePercent, BigDecimal increaseCap) implements FinanceTerms.IncreaseTerms {
    }

    public enum OrganisationType {
        FINANCIAL_LEASING, COMMERCIAL_FACTORING, FINANCING_GUARANTEE, OTHER
    }

    /** A claim under 第十条: ESTABLISHMENT with type, approval and paid-in capital, or CAPITAL_INCREASE; yuan. */
    public record Claim(CapitalClause clause, OrganisationType type, boolean approvedByMunicipalRegulator,
                        BigDecimal paidInCapital, BigDecimal increase) {
    }

    private final RuleTerms<Terms> terms;

    public LocalFinancialOrganisationReward(ParameterSet parameters) {
        this.terms = RuleTerms.of(this, parameters, Terms.class);
    }

    @Override
    public FinanceSupportDecision decide(Claim in, LocalDate decisionDate) {
        if (CapitalClause.of(in.clause()) == CapitalClause.CAPITAL_INCREASE) {
            return capitalIncrease(in.increase(), decisionDate);
        }
        return establishment(in.type(), in.approvedByMunicipalRegulator(), in.paidInCapital(), decisionDate);
    }

    /** @param approvedByMunicipalRegulator 经北京市地方金融管理局批准新设立 */
    public FinanceSupportDecision establishment(OrganisationType type, boolean approvedByMunicipalRegulator,
                                                BigDecimal paidInCapital, LocalDate decisionDate) {
        Inputs.required("type", type);
        BigDecimal capital = FinanceTerms.tenThousand("paidInCapital", paidInCapital);
        Terms t = terms.on(decisionDate);
        Conditions conditions = terms.conditions()
                .require(type != OrganisationType.OTHER, "NOT_LISTED_ORGANISATION",
                        "not a financial leasing, commercial factoring or financing guarantee company")
                .require(approvedByMunicipalRegulator, "NOT_APPROVED_BY_MUNICIPAL_REGULATOR",
                        "not newly approved by the Beijing local financial regulator")
                .require(capital.compareTo(t.minPaidIn()) >= 0, "PAID_IN_CAPITAL_BELOW_MINIMUM",
                        "paid-in capital below " + t.minPaidIn() + "万元");
        return FinanceSupportDecision.of(ARTICLE, "ESTABLISHMENT", conditions,
                () -> Money.percentOf(capital, t.ratePercent()), t.cap(), List.of(terms.basis(decisionDate)));
    }

    public FinanceSupportDecision capitalIncrease(BigDecimal increase, LocalDate decisionDate) {
        return FinanceTerms.capitalIncrease(ARTICLE, terms, increase, decisionDate);
    }
}

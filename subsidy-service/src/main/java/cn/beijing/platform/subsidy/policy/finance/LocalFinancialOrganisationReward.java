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
                        BigDecimal increaseRatePercent, BigDecimal increaseCap) {
    }

    public enum OrganisationType {
        FINANCIAL_LEASING, COMMERCIAL_FACTORING, FINANCING_GUARANTEE, OTHER
    }

    /** A claim under 第十条: ESTABLISHMENT with type, approval and paid-in capital, or CAPITAL_INCREASE; yuan. */
    public record Claim(CapitalClause clause, OrganisationType type, boolean approvedByMunicipalRegulator,
                        BigDecimal paidInCapital, BigDecimal increase) {
    }

    private final EffectiveDated<Terms> terms;

    @Override
    public FinanceSupportDecision decide(Claim in, LocalDate decisionDate) {
        if (CapitalClause.of(in.clause()) == CapitalClause.CAPITAL_INCREASE) {
            return capitalIncrease(in.increase(), decisionDate);
        }
        return establishment(in.type(), in.approvedByMunicipalRegulator(), in.paidInCapital(), decisionDate);
    }

    public LocalFinancialOrganisationReward(ParameterSet parameters) {
        this.terms = parameters.get("industrial-finance-article-10-local-financial-organisations", Terms.class);
    }

    /** @param approvedByMunicipalRegulator 经北京市地方金融管理局批准新设立 */
    public FinanceSupportDecision establishment(OrganisationType type, boolean approvedByMunicipalRegulator,
                                                BigDecimal paidInCapital, LocalDate decisionDate) {
        Inputs.required("type", type);
        BigDecimal capital = FinanceTerms.tenThousand(Inputs.nonNegative("paidInCapital", paidInCapital));
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Basis> basis = FinanceTerms.basis(ARTICLE, decisionDate, terms);
        List<Failure> failures = new ArrayList<>();
        if (type == OrganisationType.OTHER) {
            failures.add(FinanceSupportDecision.failure(ARTICLE, "NOT_LISTED_ORGANISATION",
                    "not a financial leasing, commercial factoring or financing guarantee company"));
        }
        if (!approvedByMunicipalRegulator) {
            failures.add(FinanceSupportDecision.failure(ARTICLE, "NOT_APPROVED_BY_MUNICIPAL_REGULATOR",
                    "not newly approved by the Beijing local financial regulator"));
        }
        if (capital.compareTo(t.minPaidIn()) < 0) {
            failures.add(FinanceSupportDecision.failure(ARTICLE, "PAID_IN_CAPITAL_BELOW_MINIMUM",
                    "paid-in capital below " + t.minPaidIn() + "万元"));
        }
        if (!failures.isEmpty()) {
            return FinanceSupportDecision.refused(ARTICLE, "ESTABLISHMENT", failures, basis);
        }
        return FinanceSupportDecision.granted(ARTICLE, "ESTABLISHMENT", Money.percentOf(capital, t.ratePercent()),
                t.cap(), basis);
    }

    public FinanceSupportDecision capitalIncrease(BigDecimal increase, LocalDate decisionDate) {
        BigDecimal amount = FinanceTerms.tenThousand(Inputs.nonNegative("increase", increase));
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Basis> basis = FinanceTerms.basis(ARTICLE, decisionDate, terms);
        if (amount.compareTo(t.increaseMin()) < 0) {
            return FinanceSupportDecision.refused(ARTICLE, "CAPITAL_INCREASE", List.of(FinanceSupportDecision.failure(
                    ARTICLE, "INCREASE_BELOW_MINIMUM", "capital increase below " + t.increaseMin() + "万元")), basis);
        }
        return FinanceSupportDecision.granted(ARTICLE, "CAPITAL_INCREASE",
                Money.percentOf(amount, t.increaseRatePercent()), t.increaseCap(), basis);
    }
}

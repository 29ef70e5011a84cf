package cn.beijing.platform.subsidy.programmes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.subsidy.parameters.SubsidyParameters;
import cn.beijing.platform.subsidy.policy.ApplicantStanding;
import cn.beijing.platform.subsidy.policy.Inputs;
import cn.beijing.platform.subsidy.policy.ScopeDecision;
import cn.beijing.platform.subsidy.policy.finance.BranchOpeningSubsidy;
import cn.beijing.platform.subsidy.policy.finance.BusinessGrowthReward;
import cn.beijing.platform.subsidy.policy.finance.EarlyStageInvestmentReward;
import cn.beijing.platform.subsidy.policy.finance.FinanceSupportDecision;
import cn.beijing.platform.subsidy.policy.finance.HighestOnlyRule;
import cn.beijing.platform.subsidy.policy.finance.IndustrialFinanceScope;
import cn.beijing.platform.subsidy.policy.finance.InstitutionScaleReward;
import cn.beijing.platform.subsidy.policy.finance.LicensedInstitutionSubsidy;
import cn.beijing.platform.subsidy.policy.finance.LocalFinancialOrganisationReward;
import cn.beijing.platform.subsidy.policy.finance.MergerLoanInterestSubsidy;
import cn.beijing.platform.subsidy.policy.finance.PrivateFundManagerReward;
import cn.beijing.platform.subsidy.policy.finance.QflpReward;
import cn.beijing.platform.subsidy.policy.finance.SmallBusinessLoanInterestSubsidy;
import cn.beijing.platform.subsidy.policy.finance.SupplyChainFinanceReward;
import cn.beijing.platform.subsidy.policy.finance.TechInsuranceSubsidy;
import cn.beijing.platform.subsidy.programmes.IndustrialFinanceClaims.CapitalClause;
import org.springframework.stereotype.Component;

/**
 * The articles of 京技管发〔2024〕33号, one method each, and 就高不重复 over the claims of one institution. The
 * calculators and the programme applications both come here, so they reach the same decisions.
 */
@Component
public class IndustrialFinanceArticles {

    private final TechInsuranceSubsidy article02;
    private final SupplyChainFinanceReward article03;
    private final SmallBusinessLoanInterestSubsidy article04;
    private final LicensedInstitutionSubsidy article08;
    private final BranchOpeningSubsidy article09;
    private final LocalFinancialOrganisationReward article10;
    private final PrivateFundManagerReward article11;
    private final QflpReward article12;
    private final InstitutionScaleReward article13;
    private final BusinessGrowthReward article14;
    private final EarlyStageInvestmentReward article15;
    private final MergerLoanInterestSubsidy article16;
    private final IndustrialFinanceScope scope;
    private final HighestOnlyRule highestOnly;

    IndustrialFinanceArticles(SubsidyParameters parameters, IndustrialFinanceScope scope, HighestOnlyRule highestOnly) {
        var p = parameters.industrialFinance();
        this.article02 = new TechInsuranceSubsidy(p);
        this.article03 = new SupplyChainFinanceReward(p);
        this.article04 = new SmallBusinessLoanInterestSubsidy(p);
        this.article08 = new LicensedInstitutionSubsidy(p);
        this.article09 = new BranchOpeningSubsidy(p);
        this.article10 = new LocalFinancialOrganisationReward(p);
        this.article11 = new PrivateFundManagerReward(p);
        this.article12 = new QflpReward(p);
        this.article13 = new InstitutionScaleReward(p);
        this.article14 = new BusinessGrowthReward(p);
        this.article15 = new EarlyStageInvestmentReward(p);
        this.article16 = new MergerLoanInterestSubsidy(p);
        this.scope = scope;
        this.highestOnly = highestOnly;
    }

    /** The calculator of API.md: the establishment subsidy of 第八条 for an approved institution. */
    public FinanceSupportDecision licensedInstitution(java.math.BigDecimal paidInCapital, LocalDate on) {
        return article08.evaluate(paidInCapital, on);
    }

    public FinanceSupportDecision article02(TechInsuranceSubsidy.Input in, LocalDate on) {
        return article02.evaluate(required(in), on);
    }

    public FinanceSupportDecision article03(SupplyChainFinanceReward.Input in, LocalDate on) {
        return article03.evaluate(required(in), on);
    }

    public FinanceSupportDecision article04(SmallBusinessLoanInterestSubsidy.Input in, LocalDate on) {
        return article04.evaluate(required(in), on);
    }

    public FinanceSupportDecision article08(IndustrialFinanceClaims.LicensedInstitution in, LocalDate on) {
        required(in);
        if (clause(in.clause()) == CapitalClause.CAPITAL_INCREASE) {
            return article08.capitalIncrease(in.increase(), on);
        }
        return article08.establishment(in.approvedByNationalRegulator() == null || in.approvedByNationalRegulator(),
                in.paidInCapital(), on);
    }

    public FinanceSupportDecision article09(IndustrialFinanceClaims.Branch in, LocalDate on) {
        required(in);
        return article09.evaluate(in.kind(), in.newlyEstablished(), on);
    }

    public FinanceSupportDecision article10(IndustrialFinanceClaims.LocalFinancialOrganisation in, LocalDate on) {
        required(in);
        if (clause(in.clause()) == CapitalClause.CAPITAL_INCREASE) {
            return article10.capitalIncrease(in.increase(), on);
        }
        return article10.establishment(in.type(), in.approvedByMunicipalRegulator(), in.paidInCapital(), on);
    }

    public FinanceSupportDecision article11(IndustrialFinanceClaims.PrivateFundManager in, LocalDate on) {
        required(in);
        if (clause(in.clause()) == CapitalClause.CAPITAL_INCREASE) {
            return article11.capitalIncrease(in.increase(), in.governmentPart(), on);
        }
        return article11.establishment(new PrivateFundManagerReward.Input(in.managerPaidInCapital(),
                in.governmentContribution(), in.managedFundsPaidIn(), in.strongRealEconomyEffect()), on);
    }

    public FinanceSupportDecision article12(IndustrialFinanceClaims.Qflp in, LocalDate on) {
        required(in);
        IndustrialFinanceClaims.QflpClause clause = Inputs.required("clause", in.clause());
        if (clause == IndustrialFinanceClaims.QflpClause.NEW_QUALIFICATION) {
            return article12.newQualification(in.newlyQualified(), on);
        }
        return article12.fund(new QflpReward.FundInput(in.filedWithAmac(), in.operatesInYizhuang(), in.paidInUsd(),
                in.governmentContributionUsd()), on);
    }

    public FinanceSupportDecision article13(InstitutionScaleReward.Input in, LocalDate on) {
        return article13.evaluate(required(in), on);
    }

    public FinanceSupportDecision article14(BusinessGrowthReward.Input in, LocalDate on) {
        return article14.evaluate(required(in), on);
    }

    public EarlyStageInvestmentReward.InstitutionDecision article15(IndustrialFinanceClaims.EarlyStageInvestments in,
                                                                   LocalDate on) {
        required(in);
        return article15.evaluate(in.investments(), in.alreadyAwardedThisYear(), on);
    }

    public FinanceSupportDecision article16(MergerLoanInterestSubsidy.Input in, LocalDate on) {
        return article16.evaluate(required(in), on);
    }

    /** Every claimed article, in article order (第十五条 contributes one decision per investment). */
    public List<FinanceSupportDecision> evaluate(IndustrialFinanceClaims claims, LocalDate on, String prefix) {
        if (claims == null) {
            throw new InvalidInputException(prefix, "names at least one article");
        }
        List<FinanceSupportDecision> decisions = new ArrayList<>();
        add(decisions, prefix, "article02", claims.article02(), () -> article02(claims.article02(), on));
        add(decisions, prefix, "article03", claims.article03(), () -> article03(claims.article03(), on));
        add(decisions, prefix, "article04", claims.article04(), () -> article04(claims.article04(), on));
        add(decisions, prefix, "article08", claims.article08(), () -> article08(claims.article08(), on));
        add(decisions, prefix, "article09", claims.article09(), () -> article09(claims.article09(), on));
        add(decisions, prefix, "article10", claims.article10(), () -> article10(claims.article10(), on));
        add(decisions, prefix, "article11", claims.article11(), () -> article11(claims.article11(), on));
        add(decisions, prefix, "article12", claims.article12(), () -> article12(claims.article12(), on));
        add(decisions, prefix, "article13", claims.article13(), () -> article13(claims.article13(), on));
        add(decisions, prefix, "article14", claims.article14(), () -> article14(claims.article14(), on));
        if (claims.article15() != null) {
            decisions.addAll(FieldPaths.under(FieldPaths.join(prefix, "article15"),
                    () -> article15(claims.article15(), on)).projects());
        }
        add(decisions, prefix, "article16", claims.article16(), () -> article16(claims.article16(), on));
        if (decisions.isEmpty()) {
            throw new InvalidInputException(prefix, "names at least one article");
        }
        return decisions;
    }

    /**
     * 三、附则 (scope) and 就高不重复 over the claims of one institution: the groups of 第十二条 and 第十四条, or, when
     * {@code sameProject}, every claim against every other (三、附则 4).
     */
    public HighestOnlyRule.HighestOnlyOutcome highestOnly(ApplicantStanding standing, LocalDate eventDate,
                                                          IndustrialFinanceClaims claims, boolean sameProject,
                                                          LocalDate on, String prefix) {
        List<FinanceSupportDecision> decisions = evaluate(claims, on, prefix);
        ScopeDecision scopeDecision = scope.check(standing, eventDate, on);
        return sameProject ? highestOnly.sameProject(scopeDecision, decisions)
                : highestOnly.apply(scopeDecision, decisions);
    }

    private static CapitalClause clause(CapitalClause clause) {
        return clause == null ? CapitalClause.ESTABLISHMENT : clause;
    }

    private static void add(List<FinanceSupportDecision> decisions, String prefix, String field, Object claim,
                            Supplier<FinanceSupportDecision> evaluation) {
        if (claim != null) {
            decisions.add(FieldPaths.under(FieldPaths.join(prefix, field), evaluation));
        }
    }

    private static <T> T required(T in) {
        if (in == null) {
            throw new InvalidInputException("body", "is required");
        }
        return in;
    }
}

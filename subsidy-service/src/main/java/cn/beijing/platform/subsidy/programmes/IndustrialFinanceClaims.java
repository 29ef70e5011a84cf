package cn.beijing.platform.subsidy.programmes;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.subsidy.policy.finance.BranchOpeningSubsidy;
import cn.beijing.platform.subsidy.policy.finance.BusinessGrowthReward;
import cn.beijing.platform.subsidy.policy.finance.EarlyStageInvestmentReward;
import cn.beijing.platform.subsidy.policy.finance.InstitutionScaleReward;
import cn.beijing.platform.subsidy.policy.finance.LocalFinancialOrganisationReward;
import cn.beijing.platform.subsidy.policy.finance.MergerLoanInterestSubsidy;
import cn.beijing.platform.subsidy.policy.finance.SmallBusinessLoanInterestSubsidy;
import cn.beijing.platform.subsidy.policy.finance.SupplyChainFinanceReward;
import cn.beijing.platform.subsidy.policy.finance.TechInsuranceSubsidy;

/**
 * What one institution (or project) claims under the articles of 京技管发〔2024〕33号: one optional block per article
 * with the facts that article asks for. Blocks compete under 就高不重复 (第十二条, 第十四条; 三、附则 4 when they are
 * the same project). Amounts in the blocks are yuan; decisions give yuan and 万元 with two decimals (附则1).
 */
public record IndustrialFinanceClaims(
        TechInsuranceSubsidy.Input article02,
        SupplyChainFinanceReward.Input article03,
        SmallBusinessLoanInterestSubsidy.Input article04,
        LicensedInstitution article08,
        Branch article09,
        LocalFinancialOrganisation article10,
        PrivateFundManager article11,
        Qflp article12,
        InstitutionScaleReward.Input article13,
        BusinessGrowthReward.Input article14,
        EarlyStageInvestments article15,
        MergerLoanInterestSubsidy.Input article16) {

    /** The two clauses of 第八条, 第十条 and 第十一条. */
    public enum CapitalClause {
        /** 落户: the paid-in capital of a newly established institution. */
        ESTABLISHMENT,
        /** 增资: one capital increase. */
        CAPITAL_INCREASE
    }

    /**
     * 第八条: {@code ESTABLISHMENT} (default) with {@code paidInCapital}, or {@code CAPITAL_INCREASE} with
     * {@code increase}; yuan. {@code approvedByNationalRegulator} defaults to true.
     */
    public record LicensedInstitution(CapitalClause clause, Boolean approvedByNationalRegulator,
                                      BigDecimal paidInCapital, BigDecimal increase) {
    }

    /** 第九条. */
    public record Branch(BranchOpeningSubsidy.BranchKind kind, boolean newlyEstablished) {
    }

    /** 第十条: ESTABLISHMENT with type, approval and paid-in capital, or CAPITAL_INCREASE with the increase; yuan. */
    public record LocalFinancialOrganisation(CapitalClause clause, LocalFinancialOrganisationReward.OrganisationType type,
                                             boolean approvedByMunicipalRegulator, BigDecimal paidInCapital,
                                             BigDecimal increase) {
    }

    /**
     * 第十一条: ESTABLISHMENT with the manager's paid-in capital, the government part and the managed funds, or
     * CAPITAL_INCREASE with the increase and its government part; yuan.
     */
    public record PrivateFundManager(CapitalClause clause, BigDecimal managerPaidInCapital,
                                     BigDecimal governmentContribution, BigDecimal managedFundsPaidIn,
                                     boolean strongRealEconomyEffect, BigDecimal increase, BigDecimal governmentPart) {
    }

    public enum QflpClause {
        NEW_QUALIFICATION, FUND
    }

    /** 第十二条: NEW_QUALIFICATION with {@code newlyQualified}, or FUND with the fund facts (US dollars). */
    public record Qflp(QflpClause clause, boolean newlyQualified, boolean filedWithAmac, boolean operatesInYizhuang,
                       BigDecimal paidInUsd, BigDecimal governmentContributionUsd) {
    }

    /** 第十五条: the year's investments of one institution and what it was already awarded this year (yuan). */
    public record EarlyStageInvestments(List<EarlyStageInvestmentReward.Investment> investments,
                                        BigDecimal alreadyAwardedThisYear) {
    }
}

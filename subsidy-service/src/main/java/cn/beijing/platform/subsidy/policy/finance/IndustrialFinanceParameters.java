package cn.beijing.platform.subsidy.policy.finance;

import java.util.Objects;

import cn.beijing.platform.subsidy.policy.EventWindow;
import cn.beijing.platform.subsidy.policy.Parameter;

/** The parameters of 京技管发〔2024〕33号, loaded from {@code policy/industrial-finance-*.yaml}. */
public record IndustrialFinanceParameters(
        Parameter<EventWindow> policyPeriod,
        Parameter<EventWindow> year2024Transition,
        Parameter<Integer> scopeLookback,
        Parameter<TechInsuranceSubsidy.Terms> article02,
        Parameter<SupplyChainFinanceReward.Terms> article03,
        Parameter<SmallBusinessLoanInterestSubsidy.Terms> article04,
        Parameter<LicensedInstitutionSubsidy.Terms> article08,
        Parameter<BranchOpeningSubsidy.Terms> article09,
        Parameter<LocalFinancialOrganisationReward.Terms> article10,
        Parameter<PrivateFundManagerReward.Terms> article11,
        Parameter<QflpReward.Terms> article12,
        Parameter<InstitutionScaleReward.Terms> article13,
        Parameter<BusinessGrowthReward.Terms> article14,
        Parameter<EarlyStageInvestmentReward.Terms> article15,
        Parameter<MergerLoanInterestSubsidy.Terms> article16) {

    public IndustrialFinanceParameters {
        Objects.requireNonNull(policyPeriod);
        Objects.requireNonNull(year2024Transition);
        Objects.requireNonNull(scopeLookback);
        Objects.requireNonNull(article02);
        Objects.requireNonNull(article03);
        Objects.requireNonNull(article04);
        Objects.requireNonNull(article08);
        Objects.requireNonNull(article09);
        Objects.requireNonNull(article10);
        Objects.requireNonNull(article11);
        Objects.requireNonNull(article12);
        Objects.requireNonNull(article13);
        Objects.requireNonNull(article14);
        Objects.requireNonNull(article15);
        Objects.requireNonNull(article16);
    }
}

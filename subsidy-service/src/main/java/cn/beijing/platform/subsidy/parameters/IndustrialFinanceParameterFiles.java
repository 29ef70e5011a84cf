package cn.beijing.platform.subsidy.parameters;

import java.util.List;

import cn.beijing.platform.subsidy.policy.finance.BranchOpeningSubsidy;
import cn.beijing.platform.subsidy.policy.finance.BusinessGrowthReward;
import cn.beijing.platform.subsidy.policy.finance.EarlyStageInvestmentReward;
import cn.beijing.platform.subsidy.policy.finance.IndustrialFinanceParameters;
import cn.beijing.platform.subsidy.policy.finance.InstitutionScaleReward;
import cn.beijing.platform.subsidy.policy.finance.LicensedInstitutionSubsidy;
import cn.beijing.platform.subsidy.policy.finance.LocalFinancialOrganisationReward;
import cn.beijing.platform.subsidy.policy.finance.MergerLoanInterestSubsidy;
import cn.beijing.platform.subsidy.policy.finance.PrivateFundManagerReward;
import cn.beijing.platform.subsidy.policy.finance.QflpReward;
import cn.beijing.platform.subsidy.policy.finance.SmallBusinessLoanInterestSubsidy;
import cn.beijing.platform.subsidy.policy.finance.SupplyChainFinanceReward;
import cn.beijing.platform.subsidy.policy.finance.TechInsuranceSubsidy;

/** Maps {@code policy/industrial-finance-*.yaml} (京技管发〔2024〕33号) onto {@link IndustrialFinanceParameters}. */
final class IndustrialFinanceParameterFiles {

    static final List<String> NAMES = List.of(
            "industrial-finance-policy-period", "industrial-finance-year-2024-transition",
            "industrial-finance-scope-lookback", "industrial-finance-article-02-tech-insurance",
            "industrial-finance-article-03-supply-chain-finance", "industrial-finance-article-04-small-business-loans",
            "industrial-finance-article-08-licensed-institutions", "industrial-finance-article-09-branches",
            "industrial-finance-article-10-local-financial-organisations",
            "industrial-finance-article-11-private-fund-managers", "industrial-finance-article-12-qflp",
            "industrial-finance-article-13-institution-scale", "industrial-finance-article-14-business-growth",
            "industrial-finance-article-15-early-stage-investment", "industrial-finance-article-16-merger-loans");

    private IndustrialFinanceParameterFiles() {
    }

    private static InstitutionScaleReward.SectorTerms sector(ParameterValue v) {
        return new InstitutionScaleReward.SectorTerms(v.text("statistical_code"), v.decimal("min_measure"),
                v.decimal("rate_percent"), v.decimal("cap"));
    }

    static IndustrialFinanceParameters load(ParameterFileReader r) {
        return new IndustrialFinanceParameters(
                r.read("industrial-finance-policy-period", SciTechCultureParameterFiles::window),
                r.read("industrial-finance-year-2024-transition", SciTechCultureParameterFiles::window),
                r.read("industrial-finance-scope-lookback", ParameterValue::integer),
                r.read("industrial-finance-article-02-tech-insurance", v -> new TechInsuranceSubsidy.Terms(
                        v.decimal("premium_threshold_exclusive"), v.decimal("rate_percent"),
                        v.decimal("little_giant_rate_percent"), v.decimal("annual_cap"),
                        v.flag("little_giant_threshold_applies_flag"))),
                r.read("industrial-finance-article-03-supply-chain-finance", v -> new SupplyChainFinanceReward.Terms(
                        v.decimal("min_contract_amount"), v.decimal("rate_percent"), v.decimal("annual_cap"))),
                r.read("industrial-finance-article-04-small-business-loans",
                        v -> new SmallBusinessLoanInterestSubsidy.Terms(v.decimal("rate_percent"),
                                v.decimal("annual_cap"), v.decimal("municipal_specialised_annual_cap"),
                                v.decimal("little_giant_annual_cap"), v.decimal("first_loan_match_ratio"),
                                v.decimal("first_loan_cap"))),
                r.read("industrial-finance-article-08-licensed-institutions", v -> new LicensedInstitutionSubsidy.Terms(
                        v.list("brackets").stream().map(b -> new LicensedInstitutionSubsidy.Bracket(
                                b.decimal("from"), b.decimal("fixed"), b.decimal("rate_percent"))).toList(),
                        v.decimal("cap"), v.decimal("increase_min"), v.decimal("increase_rate_percent"),
                        v.decimal("increase_cap"))),
                r.read("industrial-finance-article-09-branches", v -> new BranchOpeningSubsidy.Terms(
                        v.decimal("first_level_branch"), v.decimal("upgraded_second_level_bank_branch"))),
                r.read("industrial-finance-article-10-local-financial-organisations",
                        v -> new LocalFinancialOrganisationReward.Terms(v.decimal("min_paid_in"),
                                v.decimal("rate_percent"), v.decimal("cap"), v.decimal("increase_min"),
                                v.decimal("increase_rate_percent"), v.decimal("increase_cap"))),
                r.read("industrial-finance-article-11-private-fund-managers", v -> new PrivateFundManagerReward.Terms(
                        v.decimal("min_funds_paid_in"),
                        v.list("brackets").stream().map(b -> new PrivateFundManagerReward.Bracket(
                                b.decimal("from"), b.decimal("rate_percent"), b.decimal("cap"))).toList(),
                        v.decimal("increase_min"), v.decimal("increase_rate_percent"), v.decimal("increase_cap"),
                        v.flag("net_capital_decides_bracket_flag"))),
                r.read("industrial-finance-article-12-qflp", v -> new QflpReward.Terms(
                        v.decimal("new_qualification"),
                        v.list("fund_tiers").stream().map(b -> new QflpReward.FundTier(
                                b.decimal("from_ten_thousand_usd"), b.decimal("award"))).toList())),
                r.read("industrial-finance-article-13-institution-scale", v -> new InstitutionScaleReward.Terms(
                        sector(v.get("banking")), sector(v.get("securities")), sector(v.get("insurance")))),
                r.read("industrial-finance-article-14-business-growth", v -> new BusinessGrowthReward.Terms(
                        v.decimal("revenue_split"), v.decimal("growth_below_split_min_percent"),
                        v.decimal("growth_from_split_min_percent"), v.decimal("rate_percent"),
                        v.decimal("annual_cap"), v.texts("statistical_code_prefixes"))),
                r.read("industrial-finance-article-15-early-stage-investment", v -> new EarlyStageInvestmentReward.Terms(
                        v.integer("min_holding_years"), v.decimal("rate_percent"), v.decimal("project_cap"),
                        v.decimal("institution_annual_cap"))),
                r.read("industrial-finance-article-16-merger-loans", v -> new MergerLoanInterestSubsidy.Terms(
                        v.decimal("min_merger_investment"), v.decimal("rate_percent"), v.decimal("annual_cap"))));
    }
}

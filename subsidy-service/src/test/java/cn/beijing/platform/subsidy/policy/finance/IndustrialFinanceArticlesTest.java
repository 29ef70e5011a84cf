package cn.beijing.platform.subsidy.policy.finance;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static cn.beijing.platform.subsidy.policy.Shipped.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Shipped;

class IndustrialFinanceArticlesTest {

    static final LocalDate ON = date("2025-06-30");
    static final ParameterSet P = Shipped.PARAMETERS;

    /** Checks amount in 万元 (two decimals) and yuan, and the cap flag. */
    static void granted(FinanceSupportDecision d, String tenThousandYuan, boolean capApplied) {
        assertThat(d.eligible()).as("eligible: %s", d.failures()).isTrue();
        assertThat(d.amountTenThousandYuan()).isEqualByComparingTo(tenThousandYuan);
        assertThat(d.amountTenThousandYuan().scale()).isEqualTo(2);
        assertThat(d.amount()).isEqualByComparingTo(new java.math.BigDecimal(tenThousandYuan).movePointRight(4));
        assertThat(d.capApplied()).isEqualTo(capApplied);
        assertThat(d.basis()).singleElement().satisfies(b -> {
            assertThat(b.document()).isEqualTo("京技管发〔2024〕33号");
            assertThat(b.article()).isEqualTo(d.article());
            assertThat(b.parameters()).startsWith("industrial-finance-article-");
        });
    }

    /**
     * An article paying on an amount with a minimum and a cap: refused ({@code refusal}) just below the minimum, paid
     * {@code atMinimum} 万 at it, and {@code cap} 万 both where the cap is hit exactly ({@code capHitAt}) and above it.
     */
    static void minimumAndCap(Function<BigDecimal, FinanceSupportDecision> rule, String refusal, String justBelow,
                              String minimum, String atMinimum, String capHitAt, String cap, String aboveCap) {
        refused(rule.apply(yuan(justBelow)), refusal);
        granted(rule.apply(yuan(minimum)), atMinimum, false);
        granted(rule.apply(yuan(capHitAt)), cap, false);
        granted(rule.apply(yuan(aboveCap)), cap, true);
    }

    static void refused(FinanceSupportDecision d, String... codes) {
        assertThat(d.eligible()).isFalse();
        assertThat(d.amount()).isEqualByComparingTo("0");
        assertThat(d.failures()).extracting(Failure::code).containsExactly(codes);
        assertThat(d.failures()).allSatisfy(f -> assertThat(f.article()).isEqualTo(d.article()));
    }

    @Nested
    class Article02TechInsurance {
        TechInsuranceSubsidy a = new TechInsuranceSubsidy(P);
        Set<TechInsuranceSubsidy.Recognition> hiTech = Set.of(TechInsuranceSubsidy.Recognition.NATIONAL_HIGH_TECH_ENTERPRISE);
        Set<TechInsuranceSubsidy.Recognition> giant = Set.of(TechInsuranceSubsidy.Recognition.NATIONAL_LITTLE_GIANT);

        @Test
        void premiumsOfExactlyOneHundredThousandAreNotAbove() {
            refused(a.evaluate(new TechInsuranceSubsidy.Input(hiTech, yuan("100000")), ON), "PREMIUMS_NOT_ABOVE_THRESHOLD");
        }

        @Test
        void premiumsJustAboveQualifyAtHalf() {
            granted(a.evaluate(new TechInsuranceSubsidy.Input(hiTech, yuan("100000.01")), ON), "5.00", false);
            granted(a.evaluate(new TechInsuranceSubsidy.Input(hiTech, yuan("300000")), ON), "15.00", false);
        }

        @Test
        void capOfFiftyTenThousandHitAndExceeded() {
            granted(a.evaluate(new TechInsuranceSubsidy.Input(hiTech, yuan("1000000")), ON), "50.00", false);
            granted(a.evaluate(new TechInsuranceSubsidy.Input(hiTech, yuan("1000000.01")), ON), "50.00", true);
        }

        @Test
        void littleGiantGetsSixtyPercent() {
            granted(a.evaluate(new TechInsuranceSubsidy.Input(giant, yuan("500000")), ON), "30.00", false);
            granted(a.evaluate(new TechInsuranceSubsidy.Input(giant, yuan("900000")), ON), "50.00", true);
            refused(a.evaluate(new TechInsuranceSubsidy.Input(giant, yuan("100000")), ON), "PREMIUMS_NOT_ABOVE_THRESHOLD");
        }

        @Test
        void littleGiantThresholdIsAPlatformRuleThatCanBeSwitched() {
            TechInsuranceSubsidy.Terms shipped = P.get("industrial-finance-article-02-tech-insurance",
                    TechInsuranceSubsidy.Terms.class).valueOn(ON);
            ParameterSet variant = P.with("industrial-finance-article-02-tech-insurance", EffectiveDated.single(
                    "industrial-finance-article-02-tech-insurance", date("2024-12-24"),
                    new TechInsuranceSubsidy.Terms(shipped.premiumThresholdExclusive(), shipped.ratePercent(),
                            shipped.littleGiantRatePercent(), shipped.annualCap(), false)));
            granted(new TechInsuranceSubsidy(variant).evaluate(new TechInsuranceSubsidy.Input(giant, yuan("100000")), ON),
                    "6.00", false);
        }

        @Test
        void withoutRecognitionNothing() {
            refused(a.evaluate(new TechInsuranceSubsidy.Input(Set.of(), yuan("200000")), ON), "NO_RECOGNITION");
        }
    }

    @Nested
    class Article03SupplyChain {
        SupplyChainFinanceReward a = new SupplyChainFinanceReward(P);

        @Test
        void contractsOfOneHundredMillionQualify() {
            refused(a.evaluate(new SupplyChainFinanceReward.Input(SupplyChainFinanceReward.CompanyType.COMMERCIAL_FACTORING,
                    yuan("99999999.99"), yuan("2000000000")), ON), "CONTRACTS_BELOW_MINIMUM");
            granted(a.evaluate(new SupplyChainFinanceReward.Input(SupplyChainFinanceReward.CompanyType.COMMERCIAL_FACTORING,
                    yuan("100000000"), yuan("2000000000")), ON), "200.00", false);
        }

        @Test
        void capOfFiveMillion() {
            granted(a.evaluate(new SupplyChainFinanceReward.Input(SupplyChainFinanceReward.CompanyType.FINANCIAL_LEASING,
                    yuan("100000000"), yuan("5000000000")), ON), "500.00", false);
            granted(a.evaluate(new SupplyChainFinanceReward.Input(SupplyChainFinanceReward.CompanyType.FINANCIAL_LEASING,
                    yuan("100000000"), yuan("5000000100")), ON), "500.00", true);
        }
    }

    @Nested
    class Article04SmallBusinessLoans {
        SmallBusinessLoanInterestSubsidy a = new SmallBusinessLoanInterestSubsidy(P);

        @ParameterizedTest(name = "{0} interest {1} → {2}万, capped {3}")
        @CsvSource({"GENERAL, 400000, 20.00, false", "GENERAL, 500000, 25.00, false", "GENERAL, 500000.02, 25.00, true",
                "MUNICIPAL_SPECIALISED, 800000, 40.00, false", "MUNICIPAL_SPECIALISED, 800000.02, 40.00, true",
                "NATIONAL_LITTLE_GIANT, 1000000, 50.00, false", "NATIONAL_LITTLE_GIANT, 1200000, 50.00, true"})
        void halfOfInterestUpToTheCategoryCap(SmallBusinessLoanInterestSubsidy.Category category, String interest,
                                              String amount, boolean capped) {
            granted(a.evaluate(new SmallBusinessLoanInterestSubsidy.Input(true, category, yuan(interest), null), ON),
                    amount, capped);
        }

        @Test
        void firstLoanMatchedOneToOneUpToTwoHundredThousandAndHighestOnly() {
            var firstLoanWins = a.evaluate(new SmallBusinessLoanInterestSubsidy.Input(true, null, yuan("100000"),
                    yuan("150000")), ON);
            granted(firstLoanWins, "15.00", false);
            assertThat(firstLoanWins.clause()).isEqualTo("FIRST_LOAN_MATCH");
            granted(a.evaluate(new SmallBusinessLoanInterestSubsidy.Input(false, null, null, yuan("200000")), ON),
                    "20.00", false);
            granted(a.evaluate(new SmallBusinessLoanInterestSubsidy.Input(false, null, null, yuan("250000")), ON),
                    "20.00", true);
            var interestWins = a.evaluate(new SmallBusinessLoanInterestSubsidy.Input(true, null, yuan("480000"),
                    yuan("150000")), ON);
            assertThat(interestWins.clause()).isEqualTo("INTEREST_GENERAL");
            assertThat(interestWins.amountTenThousandYuan()).isEqualByComparingTo("24.00");
        }

        @Test
        void largeEnterpriseWithoutFirstLoanSupportGetsNothing() {
            refused(a.evaluate(new SmallBusinessLoanInterestSubsidy.Input(false, null, yuan("100000"), null), ON),
                    "NO_QUALIFYING_LOAN");
        }
    }

    @Nested
    class Article08LicensedInstitutions {
        LicensedInstitutionSubsidy a = new LicensedInstitutionSubsidy(P);

        @ParameterizedTest(name = "paid-in {0} yuan → {1}万 ({2})")
        @CsvSource({
                "100000000, 600.00, PAID_IN_BRACKET_1, false",
                "499999999.99, 1000.00, PAID_IN_BRACKET_1, false",
                "500000000, 1250.00, PAID_IN_BRACKET_2, false",
                "999999999.99, 1500.00, PAID_IN_BRACKET_2, false",
                "1000000000, 2300.00, PAID_IN_BRACKET_3, false",
                "2999999999.99, 2900.00, PAID_IN_BRACKET_3, false",
                "3000000000, 5600.00, PAID_IN_BRACKET_4, false",
                "5000000000, 6000.00, PAID_IN_BRACKET_4, false",
                "5000000100, 6000.00, PAID_IN_BRACKET_4, true",
                "10000000000, 6000.00, PAID_IN_BRACKET_4, true"})
        void fixedPartPlusPercentageOfTheWholeCapitalCappedAtSixtyMillion(String capital, String amount, String clause,
                                                                         boolean capped) {
            var d = a.evaluate(yuan(capital), ON);
            granted(d, amount, capped);
            assertThat(d.clause()).isEqualTo(clause);
        }

        @Test
        void percentageIsOfTheWholeCapitalNotOfTheExcess() {
            // 10亿: 2000万 + 10亿 × 0.3% = 2300万 (an excess reading would give 2000万)
            assertThat(a.evaluate(yuan("1000000000"), ON).amount()).isEqualByComparingTo("23000000.00");
        }

        @Test
        void belowOneHundredMillionIsNotEligible() {
            var d = a.evaluate(yuan("99999999.99"), ON);
            refused(d, "PAID_IN_CAPITAL_BELOW_MINIMUM");
            assertThat(d.amountTenThousandYuan()).isEqualByComparingTo("0");
            assertThat(d.basis()).isNotEmpty();
        }

        @Test
        void institutionNotApprovedNationallyIsNotEligible() {
            refused(a.establishment(false, yuan("1000000000"), ON), "NOT_APPROVED_BY_NATIONAL_REGULATOR");
        }

        @Test
        void capitalIncreaseOfOneHundredMillionOrMore() {
            minimumAndCap(increase -> a.capitalIncrease(increase, ON), "INCREASE_BELOW_MINIMUM", "99999999.99",
                    "100000000", "100.00", "2000000000", "2000.00", "2000000100");
        }

        @Test
        void negativeCapitalIsRefused() {
            assertThatThrownBy(() -> a.evaluate(yuan("-1"), ON)).isInstanceOf(PolicyInputException.class)
                    .extracting("field").isEqualTo("paidInCapital");
        }

        @Test
        void decisionBeforePublicationHasNoParameters() {
            assertThatThrownBy(() -> a.evaluate(yuan("100000000"), date("2024-12-23")))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("decisionDate");
        }
    }

    @Nested
    class Article09Branches {
        BranchOpeningSubsidy a = new BranchOpeningSubsidy(P);

        @Test
        void firstLevelBranchesAndUpgradedSecondLevelBankBranches() {
            granted(a.evaluate(BranchOpeningSubsidy.BranchKind.BANK_FIRST_LEVEL_BRANCH, true, ON), "400.00", false);
            granted(a.evaluate(BranchOpeningSubsidy.BranchKind.INSURANCE_FIRST_LEVEL_BRANCH, true, ON), "400.00", false);
            granted(a.evaluate(BranchOpeningSubsidy.BranchKind.BANK_SECOND_LEVEL_BRANCH_UPGRADED, true, ON), "200.00", false);
            refused(a.evaluate(BranchOpeningSubsidy.BranchKind.OTHER, true, ON), "NOT_NEW_QUALIFYING_BRANCH");
            refused(a.evaluate(BranchOpeningSubsidy.BranchKind.BANK_FIRST_LEVEL_BRANCH, false, ON), "NOT_NEW_QUALIFYING_BRANCH");
        }
    }

    @Nested
    class Article10LocalOrganisations {
        LocalFinancialOrganisationReward a = new LocalFinancialOrganisationReward(P);
        LocalFinancialOrganisationReward.OrganisationType leasing = LocalFinancialOrganisationReward.OrganisationType.FINANCIAL_LEASING;

        @Test
        void paidInOfHalfABillionOrMore() {
            minimumAndCap(paidIn -> a.establishment(leasing, true, paidIn, ON), "PAID_IN_CAPITAL_BELOW_MINIMUM",
                    "499999999.99", "500000000", "250.00", "5000000000", "2500.00", "5000000200");
        }

        @Test
        void increases() {
            minimumAndCap(increase -> a.capitalIncrease(increase, ON), "INCREASE_BELOW_MINIMUM", "99999999.99",
                    "100000000", "50.00", "1000000000", "500.00", "1000000200");
        }

        @Test
        void otherOrganisationsOrUnapprovedFail() {
            refused(a.establishment(LocalFinancialOrganisationReward.OrganisationType.OTHER, false, yuan("500000000"), ON),
                    "NOT_LISTED_ORGANISATION", "NOT_APPROVED_BY_MUNICIPAL_REGULATOR");
        }
    }

    @Nested
    class Article11PrivateFundManagers {
        PrivateFundManagerReward a = new PrivateFundManagerReward(P);

        PrivateFundManagerReward.Input manager(String capital, String government, String funds) {
            return new PrivateFundManagerReward.Input(yuan(capital), government == null ? null : yuan(government),
                    yuan(funds), true);
        }

        @ParameterizedTest(name = "manager paid-in {0} → {1}万")
        @CsvSource({"10000000, 20.00, false", "49999999.99, 100.00, false", "50000000, 150.00, false",
                "99999999.99, 300.00, false", "100000000, 400.00, false", "125000000, 500.00, false",
                "125000000.25, 500.00, true"})
        void bracketsByManagerCapital(String capital, String amount, boolean capped) {
            granted(a.establishment(manager(capital, null, "100000000"), ON), amount, capped);
        }

        @Test
        void thresholdsBelow() {
            refused(a.establishment(manager("9999999.99", null, "100000000"), ON), "MANAGER_CAPITAL_BELOW_MINIMUM");
            refused(a.establishment(manager("10000000", null, "99999999.99"), ON), "FUNDS_BELOW_MINIMUM");
        }

        @Test
        void governmentCapitalIsExcludedBeforeBracketAndAmount() {
            // 1.2亿 − 0.3亿 = 0.9亿 net: bracket 2 (3%) → 270万
            var d = a.establishment(manager("120000000", "30000000", "100000000"), ON);
            granted(d, "270.00", false);
            assertThat(d.clause()).isEqualTo("MANAGER_BRACKET_2");
        }

        @Test
        void increases() {
            refused(a.capitalIncrease(yuan("9999999.99"), null, ON), "INCREASE_BELOW_MINIMUM");
            granted(a.capitalIncrease(yuan("10000000"), null, ON), "5.00", false);
            granted(a.capitalIncrease(yuan("200000000"), null, ON), "100.00", false);
            granted(a.capitalIncrease(yuan("200000200"), null, ON), "100.00", true);
            refused(a.capitalIncrease(yuan("12000000"), yuan("3000000"), ON), "INCREASE_BELOW_MINIMUM");
        }

        @Test
        void governmentPartAboveCapitalIsRefused() {
            assertThatThrownBy(() -> a.establishment(manager("1", "2", "100000000"), ON))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("governmentContribution");
        }
    }

    @Nested
    class Article12Qflp {
        QflpReward a = new QflpReward(P);

        @ParameterizedTest(name = "fund US${0} → {1}万")
        @CsvSource({"20000000, 50.00", "49999999.99, 50.00", "50000000, 80.00", "99999999.99, 80.00",
                "100000000, 100.00", "500000000, 100.00"})
        void tiersByFundPaidIn(String usd, String amount) {
            granted(a.fund(new QflpReward.FundInput(true, true, yuan(usd), null), ON), amount, false);
        }

        @Test
        void belowTwentyMillionDollarsAndGovernmentPartExcluded() {
            refused(a.fund(new QflpReward.FundInput(true, true, yuan("19999999.99"), null), ON), "FUND_BELOW_MINIMUM");
            granted(a.fund(new QflpReward.FundInput(true, true, yuan("60000000"), yuan("15000000")), ON), "50.00", false);
        }

        @Test
        void newQualification() {
            granted(a.newQualification(true, ON), "100.00", false);
            refused(a.newQualification(false, ON), "NOT_NEWLY_QUALIFIED");
        }
    }

    @Nested
    class Article13InstitutionScale {
        InstitutionScaleReward a = new InstitutionScaleReward(P);

        InstitutionScaleReward.Input in(InstitutionScaleReward.Sector s, String measure, String previous, String revenue) {
            return new InstitutionScaleReward.Input(s, true, yuan(measure), previous == null ? null : yuan(previous),
                    yuan(revenue));
        }

        /** The minimum of each sector: banking revenue 5亿, securities trading volume 500亿, insurance premium 200亿. */
        @ParameterizedTest(name = "{0} measure {1}, revenue {2} → just below the minimum")
        @CsvSource({
                "BANKING,    499999999.99,   499999999.99",
                "SECURITIES, 49999999999.99, 300000000",
                "INSURANCE,  19999999999.99, 100000000"
        })
        void justBelowTheSectorsMinimumIsRefused(InstitutionScaleReward.Sector sector, String measure, String revenue) {
            refused(a.evaluate(in(sector, measure, "1", revenue), ON), "SCALE_BELOW_MINIMUM");
        }

        @ParameterizedTest(name = "{0} measure {1}, revenue {2} → {3}万, capped {4}")
        @CsvSource({
                "BANKING,    500000000,   500000000,  250.00, false",
                "BANKING,    2000000000,  2000000000, 1000.00, false",
                "BANKING,    2000000200,  2000000200, 1000.00, true",
                "SECURITIES, 50000000000, 300000000,  300.00, false",
                "SECURITIES, 50000000000, 600000000,  500.00, true",
                "INSURANCE,  20000000000, 600000000,  300.00, false",
                "INSURANCE,  20000000000, 600000200,  300.00, true"
        })
        void atTheSectorsMinimumTheRewardGrowsWithRevenueToItsCap(InstitutionScaleReward.Sector sector, String measure,
                                                                  String revenue, String tenThousandYuan,
                                                                  boolean capApplied) {
            granted(a.evaluate(in(sector, measure, "1", revenue), ON), tenThousandYuan, capApplied);
        }

        @Test
        void growthMustBePositiveAndInTheLandingYear() {
            refused(a.evaluate(in(InstitutionScaleReward.Sector.BANKING, "500000000", "500000000", "500000000"), ON),
                    "NO_POSITIVE_GROWTH");
            refused(a.evaluate(in(InstitutionScaleReward.Sector.BANKING, "500000000", null, "500000000"), ON),
                    "NO_POSITIVE_GROWTH");
            refused(a.evaluate(new InstitutionScaleReward.Input(InstitutionScaleReward.Sector.BANKING, false,
                    yuan("500000000"), yuan("1"), yuan("500000000")), ON), "NOT_LANDING_YEAR");
        }
    }

    @Nested
    class Article14Growth {
        BusinessGrowthReward a = new BusinessGrowthReward(P);

        BusinessGrowthReward.Input in(String revenue, String previous) {
            return new BusinessGrowthReward.Input("6620", yuan(revenue), yuan(previous), false);
        }

        @Test
        void smallInstitutionNeedsEighteenPercent() {
            granted(a.evaluate(in("47200000", "40000000"), ON), "14.40", false);
            refused(a.evaluate(in("47199999.99", "40000000"), ON), "GROWTH_BELOW_MINIMUM");
        }

        @Test
        void largerInstitutionNeedsFifteenPercent() {
            granted(a.evaluate(in("57500000", "50000000"), ON), "15.00", false);
            refused(a.evaluate(in("57499999.99", "50000000"), ON), "GROWTH_BELOW_MINIMUM");
        }

        @Test
        void revenueOfExactlyFiftyMillionIsReadWithFifteenPercent() {
            // 43,103,448.28 → 50,000,000 is ≈16% growth: enough at 15%, not at 18%
            var d = a.evaluate(in("50000000", "43103448.28"), ON);
            assertThat(d.eligible()).isTrue();
            assertThat(d.clause()).isEqualTo("GROWTH_FROM_SPLIT");
            refused(a.evaluate(in("49999999.99", "43103448.28"), ON), "GROWTH_BELOW_MINIMUM");
        }

        @Test
        void capOfTwoMillion() {
            granted(a.evaluate(in("200000000", "100000000"), ON), "200.00", false);
            granted(a.evaluate(in("200000010", "100000000"), ON), "200.00", true);
        }

        @Test
        void onlySuperiorInstitutionsWithFinancialCodes() {
            refused(a.evaluate(new BusinessGrowthReward.Input("7010", yuan("57500000"), yuan("50000000"), false), ON),
                    "NOT_FINANCIAL_INSTITUTION");
            refused(a.evaluate(new BusinessGrowthReward.Input("6910", yuan("57500000"), yuan("50000000"), true), ON),
                    "SUBORDINATE_IN_SYSTEM");
        }

        @Test
        void noPreviousRevenueGivesNoGrowth() {
            refused(a.evaluate(in("57500000", "0"), ON), "GROWTH_BELOW_MINIMUM");
        }
    }

    @Nested
    class Article15EarlyStage {
        EarlyStageInvestmentReward a = new EarlyStageInvestmentReward(P);

        EarlyStageInvestmentReward.Investment inv(String id, String on, String amount) {
            return new EarlyStageInvestmentReward.Investment(id, date(on), yuan(amount), null, true, true, true);
        }

        @Test
        void heldExactlyTwoYearsQualifiesOneDayLessDoesNot() {
            var held = a.evaluate(List.of(inv("A", "2024-03-01", "20000000")), null, date("2026-03-01"));
            granted(held.projects().get(0), "40.00", false);
            var early = a.evaluate(List.of(inv("A", "2024-03-01", "20000000")), null, date("2026-02-28"));
            refused(early.projects().get(0), "HELD_LESS_THAN_MINIMUM");
        }

        @Test
        void projectCapOfHalfAMillion() {
            var d = a.evaluate(List.of(inv("A", "2024-03-01", "25000000"), inv("B", "2024-03-01", "30000000")), null,
                    date("2026-06-01"));
            granted(d.projects().get(0), "50.00", false);
            granted(d.projects().get(1), "50.00", true);
            assertThat(d.amountTenThousandYuan()).isEqualByComparingTo("100.00");
        }

        @Test
        void institutionCapOfTwoMillionAYearServesEarliestTransfersFirst() {
            var d = a.evaluate(List.of(inv("E", "2024-05-01", "30000000"), inv("A", "2024-01-01", "30000000"),
                    inv("B", "2024-02-01", "30000000"), inv("C", "2024-03-01", "30000000"),
                    inv("D", "2024-04-01", "30000000")), null, date("2026-06-01"));
            assertThat(d.amountTenThousandYuan()).isEqualByComparingTo("200.00");
            assertThat(d.institutionCapApplied()).isTrue();
            assertThat(d.projects().get(0).amountTenThousandYuan()).isEqualByComparingTo("0.00");
            assertThat(d.projects().get(4).amountTenThousandYuan()).isEqualByComparingTo("50.00");
        }

        @Test
        void rewardsAlreadyGrantedThisYearCountTowardsTheInstitutionCap() {
            var d = a.evaluate(List.of(inv("A", "2024-01-01", "30000000")), yuan("1800000"), date("2026-06-01"));
            assertThat(d.amountTenThousandYuan()).isEqualByComparingTo("20.00");
            assertThat(d.institutionCapApplied()).isTrue();
        }

        @Test
        void governmentCapitalIsExcludedAndOnlyFirstInvestmentsCount() {
            var d = a.evaluate(List.of(new EarlyStageInvestmentReward.Investment("A", date("2024-01-01"),
                    yuan("20000000"), yuan("5000000"), true, true, true), new EarlyStageInvestmentReward.Investment("B",
                    date("2024-01-01"), yuan("20000000"), null, false, true, true)), null, date("2026-06-01"));
            granted(d.projects().get(0), "30.00", false);
            refused(d.projects().get(1), "NOT_FIRST_INVESTMENT");
        }

        @Test
        void duplicateProjectIsRefused() {
            assertThatThrownBy(() -> a.evaluate(List.of(inv("A", "2024-01-01", "1"), inv("A", "2024-01-01", "1")), null,
                    ON)).isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("investments[1].projectId");
        }
    }

    @Nested
    class Article16MergerLoans {
        MergerLoanInterestSubsidy a = new MergerLoanInterestSubsidy(P);

        @Test
        void listedCompanyWithOneHundredMillionAndABankLoan() {
            refused(a.evaluate(new MergerLoanInterestSubsidy.Input(true, yuan("99999999.99"), true, yuan("4000000")), ON),
                    "MERGER_INVESTMENT_BELOW_MINIMUM");
            granted(a.evaluate(new MergerLoanInterestSubsidy.Input(true, yuan("100000000"), true, yuan("4000000")), ON),
                    "100.00", false);
            granted(a.evaluate(new MergerLoanInterestSubsidy.Input(true, yuan("100000000"), true, yuan("12000000")), ON),
                    "300.00", false);
            granted(a.evaluate(new MergerLoanInterestSubsidy.Input(true, yuan("100000000"), true, yuan("12000000.04")), ON),
                    "300.00", true);
            refused(a.evaluate(new MergerLoanInterestSubsidy.Input(false, yuan("100000000"), false, yuan("1")), ON),
                    "NOT_LISTED", "NO_BANK_MERGER_LOAN");
        }
    }

    @Test
    void articleNamesAreWrittenAsPrinted() {
        assertThat(FinanceSupportDecision.article(2)).isEqualTo("第二条");
        assertThat(FinanceSupportDecision.article(10)).isEqualTo("第十条");
        assertThat(FinanceSupportDecision.article(16)).isEqualTo("第十六条");
        assertThat(FinanceSupportDecision.article(20)).isEqualTo("第二十条");
    }
}

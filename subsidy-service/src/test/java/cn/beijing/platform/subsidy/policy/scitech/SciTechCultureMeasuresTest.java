package cn.beijing.platform.subsidy.policy.scitech;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static cn.beijing.platform.subsidy.policy.Shipped.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Shipped;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EsportsEvent;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EventClass;

class SciTechCultureMeasuresTest {

    static final LocalDate ON = date("2025-06-30");
    static final ParameterSet P = Shipped.PARAMETERS;

    static void granted(CultureSupportDecision d, String yuanAmount, boolean capApplied) {
        assertThat(d.eligible()).as("eligible: %s", d.failures()).isTrue();
        assertThat(d.amount()).isEqualByComparingTo(yuanAmount);
        assertThat(d.parts()).anySatisfy(p -> assertThat(p.capApplied()).isEqualTo(capApplied));
        assertThat(d.basis()).isNotEmpty();
        assertThat(d.basis().get(0).document()).isEqualTo("京技管发〔2024〕31号");
        assertThat(d.basis().get(0).article()).isEqualTo("二、支持政策 " + d.measure());
    }

    static void refused(CultureSupportDecision d, String... codes) {
        assertThat(d.eligible()).isFalse();
        assertThat(d.amount()).isEqualByComparingTo("0");
        assertThat(d.failures()).extracting(Failure::code).containsExactly(codes);
    }

    @Nested
    class Measure01NrtaProjects {
        NrtaProjectSupport m = new NrtaProjectSupport(P);

        @ParameterizedTest
        @CsvSource({"3000000, 3000000, false", "5000000, 5000000, false", "5000000.01, 5000000, true"})
        void matchesFundingOneToOneUpToFiveMillion(String funding, String amount, boolean capped) {
            granted(m.evaluate(new NrtaProjectSupport.Input(true, yuan(funding), yuan("20000000"), null), ON), amount,
                    capped);
        }

        @Test
        void allLevelsTogetherStayWithinSelfRaisedFunds() {
            var d = m.evaluate(new NrtaProjectSupport.Input(true, yuan("4000000"), yuan("4000000"), yuan("1000000")), ON);
            granted(d, "3000000", true);
            assertThat(d.parts().get(0).clause()).isEqualTo("MATCHING_LIMITED_BY_SELF_RAISED_FUNDS");
        }

        @Test
        void supportAlreadyReachingSelfRaisedFundsLeavesNothing() {
            refused(m.evaluate(new NrtaProjectSupport.Input(true, yuan("1"), yuan("1000000"), yuan("1000000")), ON),
                    "SUPPORT_REACHES_SELF_RAISED_FUNDS");
        }

        @Test
        void onlyNrtaPlanProjects() {
            refused(m.evaluate(new NrtaProjectSupport.Input(false, yuan("1"), yuan("10"), null), ON),
                    "NOT_NRTA_PLAN_PROJECT");
        }

        @Test
        void negativeFundingIsRefused() {
            assertThatThrownBy(() -> m.evaluate(new NrtaProjectSupport.Input(true, yuan("-1"), yuan("1"), null), ON))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("projectFunding");
        }
    }

    @Nested
    class Measure02GameEsportsRnd {
        GameEsportsRndSupport m = new GameEsportsRndSupport(P);

        @Test
        void rndAtFiveMillionQualifies() {
            granted(m.evaluate(new GameEsportsRndSupport.Input(yuan("5000000"), yuan("100000000"), true), ON),
                    "1000000", false);
        }

        @Test
        void rndJustBelowFiveMillionFails() {
            refused(m.evaluate(new GameEsportsRndSupport.Input(yuan("4999999.99"), yuan("100000000"), true), ON),
                    "RND_BELOW_MINIMUM");
        }

        @Test
        void shareAtThreePercentQualifiesAndJustBelowFails() {
            granted(m.evaluate(new GameEsportsRndSupport.Input(yuan("6000000"), yuan("200000000"), true), ON),
                    "1200000", false);
            refused(m.evaluate(new GameEsportsRndSupport.Input(yuan("6000000"), yuan("200000000.01"), true), ON),
                    "RND_SHARE_BELOW_MINIMUM");
        }

        @Test
        void capOfFiveMillionHitExactlyAndExceeded() {
            granted(m.evaluate(new GameEsportsRndSupport.Input(yuan("25000000"), yuan("100000000"), true), ON),
                    "5000000", false);
            granted(m.evaluate(new GameEsportsRndSupport.Input(yuan("25000000.05"), yuan("100000000"), true), ON),
                    "5000000", true);
        }

        @Test
        void noRevenueGivesNoShare() {
            refused(m.evaluate(new GameEsportsRndSupport.Input(yuan("6000000"), yuan("0"), true), ON),
                    "RND_SHARE_BELOW_MINIMUM");
        }
    }

    @Nested
    class Measure03VerticalModels {
        VerticalAiModelSupport m = new VerticalAiModelSupport(P);

        @Test
        void reviewedAmountUpToOneMillion() {
            granted(m.evaluate(new VerticalAiModelSupport.Input(true, true, true, true, yuan("800000")), ON), "800000", false);
            granted(m.evaluate(new VerticalAiModelSupport.Input(true, true, true, true, yuan("1000000")), ON), "1000000", false);
            granted(m.evaluate(new VerticalAiModelSupport.Input(true, true, true, true, yuan("1000000.01")), ON), "1000000", true);
        }

        @Test
        void unpublishedModelFails() {
            refused(m.evaluate(new VerticalAiModelSupport.Input(true, false, true, true, yuan("1")), ON),
                    "NOT_PUBLICLY_RELEASED");
        }
    }

    @Nested
    class Measure04Standards {
        StandardSettingSupport m = new StandardSettingSupport(P);

        @ParameterizedTest
        @CsvSource({"INTERNATIONAL, 1000000", "NATIONAL, 500000", "INDUSTRY, 300000", "LOCAL, 200000", "GROUP, 100000"})
        void fixedAmountByLevel(StandardSettingSupport.StandardLevel level, String amount) {
            granted(m.evaluate(new StandardSettingSupport.Input(level, true, true, true), ON), amount, false);
        }

        @Test
        void notLeadingTheDraftingFails() {
            refused(m.evaluate(new StandardSettingSupport.Input(StandardSettingSupport.StandardLevel.GROUP, false, true,
                    true), ON), "NOT_LEAD_DRAFTER");
        }
    }

    @Nested
    class Measure05UhdWorks {
        UhdWorkSupport m = new UhdWorkSupport(P);

        @Test
        void twentyPercentUpToTwoMillion() {
            granted(m.evaluate(new UhdWorkSupport.Input(SupportLevel.MUNICIPAL, true, yuan("5000000")), ON), "1000000", false);
            granted(m.evaluate(new UhdWorkSupport.Input(SupportLevel.NATIONAL, true, yuan("10000000")), ON), "2000000", false);
            granted(m.evaluate(new UhdWorkSupport.Input(SupportLevel.NATIONAL, true, yuan("10000000.05")), ON), "2000000", true);
        }

        @Test
        void withoutAwardNothing() {
            refused(m.evaluate(new UhdWorkSupport.Input(SupportLevel.NONE, true, yuan("1")), ON), "NO_AWARD");
        }
    }

    @Nested
    class Measure06OriginalGames {
        OriginalGameSupport m = new OriginalGameSupport(P);

        OriginalGameSupport.Input game(String revenue, boolean event, String rnd) {
            return new OriginalGameSupport.Input(true, true, true, yuan(revenue), event, yuan(rnd));
        }

        @Test
        void revenueBelowHalfABillionFails() {
            refused(m.evaluate(game("499999999.99", false, "1000000"), ON), "REVENUE_BELOW_MINIMUM");
        }

        @Test
        void revenueAtHalfABillionGivesTwentyPercentUpToFiveMillion() {
            granted(m.evaluate(game("500000000", false, "25000000"), ON), "5000000", false);
            granted(m.evaluate(game("999999999.99", false, "30000000"), ON), "5000000", true);
        }

        @Test
        void revenueAtOneBillionRaisesTheCapToTenMillion() {
            granted(m.evaluate(game("1000000000", false, "30000000"), ON), "6000000", false);
            granted(m.evaluate(game("1000000000", false, "50000000"), ON), "10000000", false);
            granted(m.evaluate(game("1000000000", false, "50000000.05"), ON), "10000000", true);
        }

        @Test
        void selectionForAMultiSportEventAlsoRaisesTheCap() {
            var d = m.evaluate(game("0", true, "40000000"), ON);
            granted(d, "8000000", false);
            assertThat(d.parts().get(0).clause()).isEqualTo("TIER_2");
        }
    }

    @Nested
    class Measure07AiCompute {
        AiComputeSupport m = new AiComputeSupport(P);

        @Test
        void thirtyPercentUpToTwentyMillion() {
            granted(m.evaluate(new AiComputeSupport.Input(true, true, yuan("50000000")), ON), "15000000", false);
            granted(m.evaluate(new AiComputeSupport.Input(true, true, yuan("66666666.60")), ON), "19999999.98", false);
            granted(m.evaluate(new AiComputeSupport.Input(true, true, yuan("66666666.70")), ON), "20000000", true);
        }
    }

    @Nested
    class Measure08DigitalCultureTrade {
        DigitalCultureTradeSupport m = new DigitalCultureTradeSupport(P);

        @ParameterizedTest(name = "foreign revenue {0} → {1}")
        @CsvSource({"3500000, 35000", "14999999.99, 150000.00", "15000000, 450000", "99999999.99, 3000000.00",
                "100000000, 6000000"})
        void tierRatesApplyFromEachThreshold(String revenue, String amount) {
            granted(m.evaluate(new DigitalCultureTradeSupport.Input(yuan(revenue), true), ON), amount, false);
        }

        @Test
        void belowTheFirstThresholdNothing() {
            refused(m.evaluate(new DigitalCultureTradeSupport.Input(yuan("3499999.99"), true), ON),
                    "FOREIGN_REVENUE_BELOW_MINIMUM");
        }
    }

    @Nested
    class Measure09VirtualStudios {
        VirtualStudioSupport m = new VirtualStudioSupport(P);

        @Test
        void investmentThresholdAndCap() {
            refused(m.evaluate(new VirtualStudioSupport.Input(yuan("9999999.99"), true), ON), "INVESTMENT_BELOW_MINIMUM");
            granted(m.evaluate(new VirtualStudioSupport.Input(yuan("10000000"), true), ON), "1000000", false);
            granted(m.evaluate(new VirtualStudioSupport.Input(yuan("100000000"), true), ON), "10000000", false);
            granted(m.evaluate(new VirtualStudioSupport.Input(yuan("100000000.10"), true), ON), "10000000", true);
        }
    }

    @Nested
    class Measure10AboveScale {
        AboveScaleSupport m = new AboveScaleSupport(P);

        @Test
        void firstTimeAboveScaleWithGrowthGetsThreeHundredThousand() {
            var d = m.evaluate(new AboveScaleSupport.Input(true, true, true, false), ON);
            granted(d, "300000", false);
            assertThat(d.amountTenThousandYuan()).isEqualByComparingTo("30.00");
        }

        @Test
        void specialisedRecognitionHasNoPrintedAmount() {
            var d = m.evaluate(new AboveScaleSupport.Input(false, false, false, true), ON);
            assertThat(d.eligible()).isTrue();
            assertThat(d.cash()).isFalse();
            assertThat(d.parts()).extracting(AwardPart::kind).containsExactly(SupportKind.AMOUNT_NOT_PRINTED);
        }

        @Test
        void withoutGrowthNothing() {
            refused(m.evaluate(new AboveScaleSupport.Input(true, true, false, false), ON),
                    "NOT_FIRST_TIME_ABOVE_SCALE_WITH_GROWTH");
        }
    }

    @Nested
    class EsportsEvents {
        EsportsEventClassification c = new EsportsEventClassification(P);

        @ParameterizedTest(name = "{0} countries, {1} regions, prize {2} → {3}")
        @CsvSource({"2, 0, 10000000, INTERNATIONAL", "3, 5, 9999999.99, NATIONAL", "1, 2, 10000000, NATIONAL",
                "1, 2, 3000000, NATIONAL", "1, 2, 2999999.99, NONE", "1, 1, 50000000, NONE", "2, 2, 2999999.99, NONE"})
        void classifiedByCountriesRegionsAndPrize(int countries, int regions, String prize, EventClass expected) {
            assertThat(c.classify(new EsportsEvent("e", countries, regions, yuan(prize), true), ON)).isEqualTo(expected);
        }

        @Test
        void showMatchIsNotALeagueOrCup() {
            assertThat(c.classify(new EsportsEvent("show", 5, 5, yuan("50000000"), false), ON)).isEqualTo(EventClass.NONE);
        }
    }

    static final EsportsEvent INTERNATIONAL = new EsportsEvent("world", 2, 0, yuan("10000000"), true);
    static final EsportsEvent NATIONAL = new EsportsEvent("league", 1, 2, yuan("3000000"), true);
    static final EsportsEvent MINOR = new EsportsEvent("minor", 1, 2, yuan("2999999.99"), true);

    @Nested
    class Measure11ClubOperations {
        EsportsClubOperationSupport m = new EsportsClubOperationSupport(P);

        @Test
        void halfOfLocalCostsUpToTwoMillion() {
            granted(m.evaluate(new EsportsClubOperationSupport.Input(List.of(NATIONAL), yuan("3000000")), ON), "1500000", false);
            granted(m.evaluate(new EsportsClubOperationSupport.Input(List.of(INTERNATIONAL), yuan("4000000")), ON), "2000000", false);
            granted(m.evaluate(new EsportsClubOperationSupport.Input(List.of(INTERNATIONAL), yuan("4000000.02")), ON), "2000000", true);
        }

        @Test
        void clubInNoProfessionalEventGetsNothing() {
            refused(m.evaluate(new EsportsClubOperationSupport.Input(List.of(MINOR), yuan("3000000")), ON),
                    "NO_PROFESSIONAL_EVENT");
        }
    }

    @Nested
    class Measure12Clubs {
        EsportsClubSupport m = new EsportsClubSupport(P);

        @Test
        void homeCourtAndOneResultAwardPerLevel() {
            var d = m.evaluate(new EsportsClubSupport.Input(true, false, List.of(
                    new EsportsClubSupport.EventResult(INTERNATIONAL, 3),
                    new EsportsClubSupport.EventResult(INTERNATIONAL, 1),
                    new EsportsClubSupport.EventResult(NATIONAL, 2)), 0, 0), ON);
            granted(d, "9000000", false);
            assertThat(d.parts()).extracting(AwardPart::clause)
                    .containsExactly("HOME_COURT", "INTERNATIONAL_RESULT", "NATIONAL_RESULT");
        }

        @Test
        void fourthPlaceIsNotThirdOrBetter() {
            refused(m.evaluate(new EsportsClubSupport.Input(false, false, List.of(
                    new EsportsClubSupport.EventResult(INTERNATIONAL, 4)), 0, 0), ON), "NO_HOME_COURT_OR_RESULT");
        }

        @Test
        void secondInternationalAwardInAYearIsNotGiven() {
            var d = m.evaluate(new EsportsClubSupport.Input(false, false, List.of(
                    new EsportsClubSupport.EventResult(INTERNATIONAL, 1),
                    new EsportsClubSupport.EventResult(NATIONAL, 1)), 1, 0), ON);
            granted(d, "1000000", false);
        }

        @Test
        void resultInAMinorEventDoesNotCount() {
            refused(m.evaluate(new EsportsClubSupport.Input(false, false, List.of(
                    new EsportsClubSupport.EventResult(MINOR, 1)), 0, 0), ON), "NO_HOME_COURT_OR_RESULT");
        }

        @Test
        void rankZeroIsRefused() {
            assertThatThrownBy(() -> m.evaluate(new EsportsClubSupport.Input(false, false, List.of(
                    new EsportsClubSupport.EventResult(NATIONAL, 0)), 0, 0), ON))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("results[0].rank");
        }
    }

    @Nested
    class Measures13And15ServicesOnly {
        ParkClustering park = new ParkClustering();
        NewScenes scenes = new NewScenes();

        @Test
        void parkClusteringGivesAServiceNotMoney() {
            var d = park.decide(new ParkClustering.Claim(true), ON);
            assertThat(d.eligible()).isTrue();
            assertThat(d.cash()).isFalse();
            assertThat(d.amount()).isEqualByComparingTo("0");
            assertThat(d.basis()).singleElement().satisfies(b -> assertThat(b.article()).isEqualTo("二、支持政策 13"));
        }

        @Test
        void newScenesGiveAServiceNotMoney() {
            assertThat(scenes.decide(new NewScenes.Claim(true), ON).parts()).extracting(AwardPart::kind).containsExactly(SupportKind.SERVICE);
            assertThat(scenes.decide(new NewScenes.Claim(false), ON).eligible()).isFalse();
            assertThat(scenes.decide(new NewScenes.Claim(true), ON).basis().get(0).article()).isEqualTo("二、支持政策 15");
        }
    }

    @Nested
    class Measure14Demonstrations {
        DigitalCultureDemonstrationSupport m = new DigitalCultureDemonstrationSupport(P);

        @Test
        void thirtyPercentUpToOneMillion() {
            granted(m.evaluate(new DigitalCultureDemonstrationSupport.Input(SupportLevel.MUNICIPAL, yuan("3333333.33")), ON),
                    "1000000.00", false);
            granted(m.evaluate(new DigitalCultureDemonstrationSupport.Input(SupportLevel.NATIONAL, yuan("3333333.34")), ON),
                    "1000000", true);
            refused(m.evaluate(new DigitalCultureDemonstrationSupport.Input(SupportLevel.NONE, yuan("1")), ON),
                    "NOT_DEMONSTRATION_PROJECT");
        }
    }

    @Nested
    class Measure16Laboratories {
        LaboratorySupport m = new LaboratorySupport(P);

        @Test
        void nationalAndMunicipalAmounts() {
            granted(m.evaluate(new LaboratorySupport.Input(SupportLevel.NATIONAL, true, date("2025-03-01")), ON), "5000000", false);
            granted(m.evaluate(new LaboratorySupport.Input(SupportLevel.MUNICIPAL, true, date("2025-03-01")), ON), "1000000", false);
        }

        @Test
        void approvalsOfTheWholeIssueYearCount() {
            granted(m.evaluate(new LaboratorySupport.Input(SupportLevel.NATIONAL, true, date("2024-01-01")), ON), "5000000", false);
            var before = m.evaluate(new LaboratorySupport.Input(SupportLevel.NATIONAL, true, date("2023-12-31")), ON);
            refused(before, "NOT_NEWLY_APPROVED");
            assertThat(before.failures().get(0).article()).isEqualTo("三、附则 9");
        }

        @Test
        void approvalsUntilTheEndOf2027Count() {
            granted(m.evaluate(new LaboratorySupport.Input(SupportLevel.MUNICIPAL, true, date("2027-12-31")), ON), "1000000", false);
            refused(m.evaluate(new LaboratorySupport.Input(SupportLevel.MUNICIPAL, true, date("2028-01-01")), ON),
                    "NOT_NEWLY_APPROVED");
        }
    }

    @Nested
    class Measure17ServicePlatforms {
        ServicePlatformSupport m = new ServicePlatformSupport(P);

        @Test
        void fixedAssetsTwentyPercentUpToTwentyMillion() {
            granted(m.evaluate(new ServicePlatformSupport.Input(SupportLevel.NATIONAL, yuan("100000000"), null, 0, null, 1), ON),
                    "20000000", false);
            granted(m.evaluate(new ServicePlatformSupport.Input(SupportLevel.NATIONAL, yuan("100000000.05"), null, 0, null, 1), ON),
                    "20000000", true);
        }

        @Test
        void rentAtOnePointFiveYuanPerSquareMetrePerDayUpToThreeMillionAYear() {
            granted(m.evaluate(new ServicePlatformSupport.Input(SupportLevel.MUNICIPAL, null, yuan("1000"), 365, null, 1), ON),
                    "547500", false);
            granted(m.evaluate(new ServicePlatformSupport.Input(SupportLevel.MUNICIPAL, null, yuan("6000"), 365, null, 3), ON),
                    "3000000", true);
        }

        @Test
        void rentSupportEndsAfterThreeYears() {
            refused(m.evaluate(new ServicePlatformSupport.Input(SupportLevel.MUNICIPAL, null, yuan("1000"), 365, null, 4), ON),
                    "RENT_SUPPORT_PERIOD_OVER");
        }

        @Test
        void rentSubsidyIsNotMoreThanTheRentPaid() {
            var d = m.evaluate(new ServicePlatformSupport.Input(SupportLevel.MUNICIPAL, null, yuan("1000"), 365,
                    yuan("500000"), 1), ON);
            granted(d, "500000", true);
            assertThat(d.parts().get(0).clause()).isEqualTo("OFFICE_RENT_LIMITED_BY_ACTUAL_RENT");
        }

        @Test
        void bothPartsTogether() {
            granted(m.evaluate(new ServicePlatformSupport.Input(SupportLevel.NATIONAL, yuan("1000000"), yuan("1000"),
                    365, null, 2), ON), "747500", false);
        }

        @Test
        void unratedPlatformFails() {
            refused(m.evaluate(new ServicePlatformSupport.Input(SupportLevel.NONE, yuan("1000000"), null, 0, null, 1), ON),
                    "NOT_RATED_PLATFORM");
        }
    }

    @Nested
    class Measure18Events {
        EventSupport m = new EventSupport(P);

        @Test
        void forumHalfOfCostsWithInternationalAndDomesticCaps() {
            granted(m.forum(new EventSupport.ForumInput(true, true, yuan("1000000"), yuan("600000"), yuan("400000")), ON),
                    "1000000", false);
            granted(m.forum(new EventSupport.ForumInput(true, true, yuan("2000000.02"), null, null), ON), "1000000", true);
            granted(m.forum(new EventSupport.ForumInput(true, false, yuan("1000000"), null, null), ON), "500000", false);
            granted(m.forum(new EventSupport.ForumInput(true, false, yuan("1000000.02"), null, null), ON), "500000", true);
        }

        @Test
        void forumBelowProvincialLevelFails() {
            refused(m.forum(new EventSupport.ForumInput(false, true, yuan("1"), null, null), ON), "BELOW_PROVINCIAL_LEVEL");
        }

        @Test
        void esportsThirtyPercentWithInternationalAndNationalCaps() {
            granted(m.esports(new EventSupport.EsportsInput(INTERNATIONAL, yuan("10000000"), yuan("5000000"),
                    yuan("1666666.67"), null), ON), "5000000.00", true);
            granted(m.esports(new EventSupport.EsportsInput(INTERNATIONAL, yuan("10000000"), yuan("6666666.66"), null,
                    null), ON), "5000000.00", false);
            granted(m.esports(new EventSupport.EsportsInput(NATIONAL, yuan("6000000"), null, null, null), ON), "1800000",
                    false);
            granted(m.esports(new EventSupport.EsportsInput(NATIONAL, yuan("6666666.67"), null, null, null), ON),
                    "2000000", true);
        }

        @Test
        void minorEsportsEventFails() {
            refused(m.esports(new EventSupport.EsportsInput(MINOR, yuan("1000000"), null, null, null), ON),
                    "NOT_PROFESSIONAL_EVENT");
        }
    }

    @Test
    void amountsAreAlsoGivenInTenThousandYuanWithTwoDecimals() {
        var d = new DigitalCultureTradeSupport(P).evaluate(new DigitalCultureTradeSupport.Input(yuan("3512345"), true), ON);
        assertThat(d.amount()).isEqualByComparingTo("35123.45");
        assertThat(d.amountTenThousandYuan()).isEqualByComparingTo("3.51");
    }
}

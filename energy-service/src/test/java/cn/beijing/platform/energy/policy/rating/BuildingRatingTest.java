package cn.beijing.platform.energy.policy.rating;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.MeterReading;
import cn.beijing.platform.energy.policy.ShippedPolicies;
import cn.beijing.platform.policy.Basis;
import org.junit.jupiter.api.Test;

/** One snapshot, one decision: the rating of a year, its refusals, and the article behind every obligation. */
class BuildingRatingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final BuildingRating.Limits LIMITS = new BuildingRating.Limits(new BigDecimal("60"),
            new BigDecimal("80"), false);
    private static final BuildingRating.YearRecords NONE = new BuildingRating.YearRecords(null, false);

    private final ComprehensiveIntensity intensity = ShippedPolicies.POLICIES.get(ComprehensiveIntensity.class);
    private final BuildingRating rating = new BuildingRating(intensity,
            ShippedPolicies.POLICIES.get(EnergyGrade.class), ShippedPolicies.POLICIES.get(RetrofitObligation.class));

    @Test
    void aGradeOneYearRaisesNothingAndMeetsItsDeadline() {
        BuildingRating.Decision d = rating.rate(snapshot(2025, 100_000, true, List.of(), Optional.empty()));
        assertThat(d.accepted()).isTrue();
        assertThat(d.grade().grade()).isEqualTo(1);
        // 100 000 kWh × 0.1229 kgce/kWh over 1000 m² = 12.29 kgce/m²; 12.29 / 80
        assertThat(d.intensity().intensity()).isEqualByComparingTo("12.29");
        assertThat(d.ratioToConstraint()).isEqualByComparingTo("0.1536");
        assertThat(d.required()).isEmpty();
        assertThat(d.scope()).isEqualTo(ObligationCodes.FROM_RATING);
        assertThat(d.fulfilled()).containsExactly("OVERDUE_RATING");
        assertThat(d.ratingDeadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(d.ratedOnTime()).isTrue();
        assertThat(d.basis()).extracting(Basis::article).contains("第四条", "第五条", "第八条");
    }

    @Test
    void aBuildingWithoutTheDeadlineHasNone() {
        BuildingRating.Decision d = rating.rate(snapshot(2025, 100_000, false, List.of(), Optional.empty()));
        assertThat(d.ratingDeadline()).isNull();
        assertThat(d.ratedOnTime()).isNull();
    }

    @Test
    void everyObligationOfTheGradeCitesTheNinthArticleAndAnOfferIsNotRaised() {
        // grade 4: 1.5·C < E ≤ 1.8·C; 1 100 000 kWh → 135.19 kgce/m²
        BuildingRating.Decision d = rating.rate(snapshot(2025, 1_100_000, true, List.of(), Optional.empty()));
        assertThat(d.grade().grade()).isEqualTo(4);
        assertThat(d.obligations()).contains("GENERAL_AUDIT_OFFERED");
        assertThat(d.required()).extracting(BuildingRating.RequiredObligation::code)
                .isNotEmpty().doesNotContain("GENERAL_AUDIT_OFFERED");
        assertThat(d.required()).allSatisfy(o -> {
            assertThat(o.year()).isEqualTo(2025);
            assertThat(o.basis()).extracting(Basis::article).containsOnly("第九条");
        });
    }

    @Test
    void twoConsecutiveGradeFiveYearsRequireTheRetrofitAndTheRegulationsFiftyNinthArticle() {
        BuildingRating.Decision d = rating.rate(snapshot(2025, 2_000_000, true,
                List.of(new RetrofitObligation.AnnualGrade(2024, 5)), Optional.empty()));
        assertThat(d.grade().grade()).isEqualTo(5);
        BuildingRating.RequiredObligation retrofit = required(d.required(), "RETROFIT_REQUIRED");
        assertThat(retrofit.basis()).extracting(Basis::article).containsOnly("第九条");
        BuildingRating.RequiredObligation regulation = required(d.required(),
                "GREEN_DEVELOPMENT_REGULATION_ARTICLE_59");
        assertThat(regulation.basis()).extracting(Basis::citation)
                .containsExactlyInAnyOrder("京建法〔2024〕12号 第十三条", "《北京市建筑绿色发展条例》 第五十九条");
        assertThat(d.requiredNext()).isEmpty();
        assertThat(d.scopeNext()).isEmpty();
    }

    @Test
    void reRatingAYearDecidesTheRetrofitOfTheNextRatedYearToo() {
        // 2025 is rated grade 5 again while 2026 is on record as grade 5: 2026's retrofit follows
        BuildingRating.Snapshot s = new BuildingRating.Snapshot(2025, LocalDate.of(2027, 3, 1), Set.of(), true,
                Optional.of(LIMITS), Optional.of(consumption(2_000_000)), factors(),
                List.of(new RetrofitObligation.AnnualGrade(2026, 5)), NONE,
                Optional.of(new BuildingRating.NextYear(LocalDate.of(2027, 2, 1), NONE)));
        BuildingRating.Decision d = rating.rate(s);
        assertThat(d.scopeNext()).isEqualTo(ObligationCodes.RETROFIT);
        assertThat(d.requiredNext()).extracting(BuildingRating.RequiredObligation::code)
                .containsExactly("RETROFIT_REQUIRED", "GREEN_DEVELOPMENT_REGULATION_ARTICLE_59");
        assertThat(d.requiredNext()).allSatisfy(o -> assertThat(o.year()).isEqualTo(2026));
        // rated again as grade 1: nothing is required of 2026, and the next year's scope withdraws what was raised
        BuildingRating.Decision better = rating.rate(new BuildingRating.Snapshot(2025, LocalDate.of(2027, 3, 1),
                Set.of(), true, Optional.of(LIMITS), Optional.of(consumption(100_000)), factors(),
                List.of(new RetrofitObligation.AnnualGrade(2026, 5)), NONE,
                Optional.of(new BuildingRating.NextYear(LocalDate.of(2027, 2, 1), NONE))));
        assertThat(better.requiredNext()).isEmpty();
        assertThat(better.scopeNext()).isEqualTo(ObligationCodes.RETROFIT);
    }

    @Test
    void anExemptBuildingIsRefusedWithItsArticle() {
        BuildingRating.Decision secret = rating.rate(exempt(RatingScope.RatingExemption.STATE_SECRET));
        assertThat(secret.accepted()).isFalse();
        assertThat(secret.refusals()).extracting(r -> r.code()).containsExactly("RATING_EXEMPT");
        assertThat(secret.basis()).extracting(Basis::citation).containsExactly("京建法〔2024〕12号 第三条");
        BuildingRating.Decision central = rating.rate(exempt(RatingScope.RatingExemption.CENTRAL_GOVERNMENT_OFFICE));
        assertThat(central.refusals()).extracting(r -> r.code()).containsExactly("RATING_EXEMPT");
        assertThat(central.basis()).extracting(Basis::citation).containsExactly("京建法〔2024〕12号 第十五条(二)");
    }

    @Test
    void aYearIsRatedOnceItHasEndedAndWhileTheRulesCoverIt() {
        assertRefusedNaming("year", () -> rating.rate(snapshot(2026, 100_000, true, List.of(), Optional.empty())));
        assertRefusedNaming("year", () -> rating.rate(snapshot(2023, 100_000, true, List.of(), Optional.empty())));
    }

    @Test
    void missingLimitsAndConsumptionAreNamedTogether() {
        BuildingRating.Decision d = rating.rate(new BuildingRating.Snapshot(2025, TODAY, Set.of(), true,
                Optional.empty(), Optional.empty(), factors(), List.of(), NONE, Optional.empty()));
        assertThat(d.accepted()).isFalse();
        assertThat(d.refusals()).isEmpty();
        assertThat(d.missing()).extracting(BuildingRating.MissingInput::field).containsExactly("year", "consumption");
    }

    @Test
    void anOverdueRatingAndItsCreditEntryCiteTheEighthAndThirteenthArticles() {
        RetrofitObligation.Decision overdue = ShippedPolicies.POLICIES.get(RetrofitObligation.class).decide(
                new RetrofitObligation.Input(true, 2025, List.of(), null, LocalDate.of(2026, 8, 31), false),
                LocalDate.of(2026, 9, 1));
        List<BuildingRating.RequiredObligation> obligations = rating.overdueObligations(overdue);
        assertThat(obligations).extracting(BuildingRating.RequiredObligation::code)
                .containsExactly("OVERDUE_RATING", "CREDIT_SYSTEM_ENTRY");
        assertThat(obligations).allSatisfy(o -> {
            assertThat(o.year()).isEqualTo(2025);
            assertThat(o.basis()).extracting(Basis::article).containsExactlyInAnyOrder("第八条", "第十三条");
        });
    }

    @Test
    void onlyEligibleGradesApplyForDemonstration() {
        List<Basis> ratingBasis = List.of(Basis.of("京建法〔2024〕12号", "第五条"), Basis.of("京建法〔2024〕12号", "第十二条"));
        assertThat(rating.demonstrationRefusal(2, true, ratingBasis)).isEmpty();
        assertThat(rating.demonstrationRefusal(3, false, ratingBasis)).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("DEMONSTRATION_NOT_ELIGIBLE");
            assertThat(r.basis()).extracting(Basis::article).containsExactly("第十二条");
        });
    }

    private BuildingRating.Snapshot snapshot(int year, long kWh, boolean deadline,
                                             List<RetrofitObligation.AnnualGrade> otherYears,
                                             Optional<BuildingRating.NextYear> next) {
        return new BuildingRating.Snapshot(year, TODAY, Set.of(), deadline, Optional.of(LIMITS),
                Optional.of(consumption(kWh)), factors(), otherYears, NONE, next);
    }

    private BuildingRating.Snapshot exempt(RatingScope.RatingExemption exemption) {
        return new BuildingRating.Snapshot(2025, TODAY, Set.of(exemption), false, Optional.empty(), Optional.empty(),
                factors(), List.of(), NONE, Optional.empty());
    }

    private static ComprehensiveIntensity.Input consumption(long kWh) {
        return new ComprehensiveIntensity.Input(new BigDecimal("1000"),
                List.of(new MeterReading(EnergyCarrier.ELECTRICITY, BigDecimal.valueOf(kWh))), List.of());
    }

    private cn.beijing.platform.policy.InForce<ComprehensiveIntensity.ConversionFactors> factors() {
        return intensity.conversionFactors().on(LocalDate.of(2025, 12, 31));
    }

    private static BuildingRating.RequiredObligation required(List<BuildingRating.RequiredObligation> obligations,
                                                              String code) {
        return obligations.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }
}

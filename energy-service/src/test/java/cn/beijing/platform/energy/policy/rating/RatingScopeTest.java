package cn.beijing.platform.energy.policy.rating;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.ParameterNotInForceException;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.rating.RatingScope.RatingExemption;
import cn.beijing.platform.energy.policy.rating.RatingScope.StatisticsSampleCategory;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class RatingScopeTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private final RatingScope scope = ShippedPolicies.POLICIES.get(RatingScope.class);

    private RatingScope.Decision evaluate(String total, String publicArea, boolean secret, boolean organ,
                                          boolean central) {
        return scope.decide(new RatingScope.Input(new BigDecimal(total), new BigDecimal(publicArea), secret, organ,
                central), DAY);
    }

    private RatingScope.Decision evaluate(String total, String publicArea) {
        return evaluate(total, publicArea, false, false, false);
    }

    @ParameterizedTest(name = "public area {1} of {0} → rated {2}")
    @CsvSource({
            "5000, 2999.99, false",
            "5000, 3000, true",
            "5000, 3000.01, true"})
    void publicAreaOf3000IsIncluded(String total, String publicArea, boolean rated) {
        assertThat(evaluate(total, publicArea).ratingRequired()).isEqualTo(rated);
    }

    @ParameterizedTest(name = "share {1}/{0} → rated {2}")
    @CsvSource({
            "8000, 4000, false",       // exactly 0.50: 超过 excludes
            "8000, 4000.01, true",     // just above
            "8000, 3999.99, false",
            "6000, 3000, false",       // 3000 m² but exactly half
            "6000, 3000.01, true"})
    void shareMustExceedHalf(String total, String publicArea, boolean rated) {
        assertThat(evaluate(total, publicArea).ratingRequired()).isEqualTo(rated);
    }

    @ParameterizedTest(name = "total {0} → large {1}, statistics {2}")
    @CsvSource({
            "19999.99, false, false",
            "20000, false, false",      // 超过 / 大于 exclude 20000
            "20000.01, true, true"})
    void largePublicBuildingAbove20000(String total, boolean large, boolean statistics) {
        RatingScope.Decision d = evaluate(total, total);
        assertThat(d.ratingRequired()).isTrue();
        assertThat(d.largePublicBuilding()).isEqualTo(large);
        assertThat(d.ratingDeadlineApplies()).isEqualTo(large);
        assertThat(d.statisticsMandatory()).isEqualTo(statistics);
        if (large) {
            assertThat(d.basis()).contains(Basis.of("京建法〔2024〕12号", "第八条")
                    .withParameters("large-public-building-area@2025-02-01"));
            assertThat(d.statisticsCategories()).containsExactly(StatisticsSampleCategory.LARGE_PUBLIC_BUILDING);
        }
    }

    @ParameterizedTest(name = "state organ office of {0} m² → statistics {1}")
    @CsvSource({
            "2999.99, false",
            "3000, false",      // 大于3000 excludes 3000
            "3000.01, true"})
    void stateOrganOfficeAbove3000IsStatisticsSample(String total, boolean statistics) {
        RatingScope.Decision d = evaluate(total, total, false, true, false);
        assertThat(d.statisticsMandatory()).isEqualTo(statistics);
        if (statistics) {
            assertThat(d.statisticsCategories())
                    .containsExactly(StatisticsSampleCategory.STATE_ORGAN_OFFICE_BUILDING);
        }
    }

    @Test
    void stateOrganOfficeNeedsPublicShareAboveHalf() {
        assertThat(evaluate("10000", "5000", false, true, false).statisticsMandatory()).isFalse();
        assertThat(evaluate("10000", "5000.01", false, true, false).statisticsMandatory()).isTrue();
    }

    @Test
    void ordinaryBuildingOf3000IsNotAStatisticsSampleUnlessStateOrgan() {
        assertThat(evaluate("3000.01", "3000.01").statisticsMandatory()).isFalse();
    }

    @Test
    void stateSecretIsExemptFromRatingAndRecorded() {
        RatingScope.Decision d = evaluate("30000", "30000", true, false, false);
        assertThat(d.ratingRequired()).isFalse();
        assertThat(d.meetsRatingCriteria()).isTrue();
        assertThat(d.exemptions()).containsExactly(RatingExemption.STATE_SECRET);
        assertThat(d.largePublicBuilding()).isTrue();
        assertThat(d.ratingDeadlineApplies()).isFalse();
        // 13号 has no state-secret exclusion
        assertThat(d.statisticsMandatory()).isTrue();
    }

    @Test
    void centralGovernmentOfficeIsOutOfScope() {
        RatingScope.Decision d = evaluate("30000", "30000", false, true, true);
        assertThat(d.ratingRequired()).isFalse();
        assertThat(d.exemptions()).containsExactly(RatingExemption.CENTRAL_GOVERNMENT_OFFICE);
        assertThat(d.basis()).contains(Basis.of("京建法〔2024〕12号", "第十五条(二)"));
        assertThat(d.statisticsCategories()).containsExactly(StatisticsSampleCategory.LARGE_PUBLIC_BUILDING,
                StatisticsSampleCategory.STATE_ORGAN_OFFICE_BUILDING);
    }

    @Test
    void noExemptionIsRecordedForABuildingOutsideScope() {
        assertThat(evaluate("2000", "2000", true, false, true).exemptions()).isEmpty();
    }

    @Test
    void basisCitesBothDocumentsWithParameterVersions() {
        RatingScope.Decision d = evaluate("5000", "4000");
        assertThat(d.basis()).extracting(Basis::citation)
                .contains("京建法〔2024〕12号 第三条", "京建法〔2024〕13号 第三条");
        assertThat(d.basis().get(0).parameters()).isEqualTo(
                "rating-scope-public-area-minimum@2025-02-01,rating-scope-public-share-threshold@2025-02-01");
        assertThat(d.publicShare()).isEqualByComparingTo("0.8");
    }

    @Test
    void rejectsNegativePublicArea() {
        assertRefusedNaming("publicArea", () -> evaluate("5000", "-1"));
    }

    @Test
    void rejectsNegativeOrZeroTotalArea() {
        assertRefusedNaming("totalArea", () -> evaluate("-5", "0"));
        assertRefusedNaming("totalArea", () -> evaluate("0", "0"));
    }

    @Test
    void rejectsPublicAreaAboveTotal() {
        assertRefusedNaming("publicArea", () -> evaluate("5000", "5000.01"));
        assertThat(evaluate("5000", "5000").ratingRequired()).isTrue();
    }

    @Test
    void rejectsMissingAreas() {
        assertRefusedNaming("totalArea", () -> scope.decide(new RatingScope.Input(null, BigDecimal.ONE, false, false, false), DAY));
        assertRefusedNaming("publicArea", () -> scope.decide(new RatingScope.Input(BigDecimal.TEN, null, false, false, false), DAY));
    }

    @Test
    void notInForceBeforeFebruary2025() {
        RatingScope.Input input = new RatingScope.Input(new BigDecimal("5000"), new BigDecimal("4000"), false, false,
                false);
        assertThatThrownBy(() -> scope.decide(input, LocalDate.of(2025, 1, 31)))
                .isInstanceOfSatisfying(ParameterNotInForceException.class,
                        e -> assertThat(e.field()).isEqualTo("decisionDate"));
        assertThat(scope.decide(input, LocalDate.of(2025, 2, 1)).ratingRequired()).isTrue();
    }
}

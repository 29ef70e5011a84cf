package cn.beijing.platform.energy.policy.renewal;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.renewal.OldBuildingClassification.AnnualIntensity;
import cn.beijing.platform.energy.policy.renewal.OldBuildingClassification.AppraisalGrade;
import cn.beijing.platform.energy.policy.renewal.OldBuildingClassification.Obligation;
import cn.beijing.platform.energy.policy.renewal.OldBuildingClassification.Reason;
import cn.beijing.platform.energy.policy.renewal.OldBuildingClassification.SafetyAppraisal;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class OldBuildingClassificationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private final OldBuildingClassification classification = ShippedPolicies.POLICIES.get(OldBuildingClassification.class);

    private OldBuildingClassification.Input building(int completed, boolean seismic, boolean hazard,
                                                     boolean retrofitted, List<AnnualIntensity> intensities,
                                                     SafetyAppraisal appraisal) {
        return new OldBuildingClassification.Input(true, completed, seismic, hazard, retrofitted, 2024, intensities,
                appraisal);
    }

    private static AnnualIntensity year(int year, String e, String c) {
        return new AnnualIntensity(year, new BigDecimal(e), new BigDecimal(c));
    }

    @ParameterizedTest(name = "completed {0}, not seismically reinforced → class 1 {1}")
    @CsvSource({"1979, true", "1980, false", "1981, false"})
    void classOneCutoff(int completed, boolean classOne) {
        OldBuildingClassification.Decision d = classification.decide(
                building(completed, false, false, true, List.of(), null), DAY);
        assertThat(d.classOne()).isEqualTo(classOne);
    }

    @Test
    void classOneNeedsAbsenceOfSeismicReinforcement() {
        assertThat(classification.decide(building(1970, true, false, true, List.of(), null), DAY).classOne())
                .isFalse();
    }

    @Test
    void unresolvedSafetyHazardIsClassOneAtAnyAge() {
        OldBuildingClassification.Decision d = classification.decide(
                building(2015, true, true, true, List.of(), null), DAY);
        assertThat(d.classOne()).isTrue();
        assertThat(d.reasons()).containsExactly(Reason.CLASS_ONE_UNRESOLVED_SAFETY_HAZARD);
        assertThat(d.obligations()).contains(Obligation.STRUCTURAL_SAFETY_APPRAISAL_REQUIRED);
    }

    @ParameterizedTest(name = "completed {0}, not energy-retrofitted → class 2 {1}")
    @CsvSource({"2004, true", "2005, false", "2006, false"})
    void classTwoCutoff(int completed, boolean classTwo) {
        OldBuildingClassification.Decision d = classification.decide(
                building(completed, true, false, false, List.of(), null), DAY);
        assertThat(d.classTwo()).isEqualTo(classTwo);
        if (classTwo) {
            assertThat(d.obligations()).containsExactly(Obligation.RENEWAL_ENCOURAGED,
                    Obligation.ENERGY_AUDIT_ENCOURAGED);
        }
    }

    @Test
    void energyRetrofittedOldBuildingIsNotClassTwoByAge() {
        assertThat(classification.decide(building(1990, true, false, true, List.of(), null), DAY).classTwo())
                .isFalse();
    }

    /** C = 80 → 0.8·C = 64. */
    @ParameterizedTest(name = "E {0} in 2023 and {1} in 2024 → class 2 by consumption {2}")
    @CsvSource({
            "64.01, 64.01, true",
            "64, 64.01, false",       // exactly 80% in one year: 超过 excludes it
            "64.01, 64, false",
            "63.99, 100, false",
            "100, 100, true"})
    void consumptionAbove80PercentOfConstraintTwoYearsRunning(String e2023, String e2024, boolean classTwo) {
        OldBuildingClassification.Decision d = classification.decide(building(2015, true, false, true,
                List.of(year(2023, e2023, "80"), year(2024, e2024, "80")), null), DAY);
        assertThat(d.classTwo()).isEqualTo(classTwo);
        assertThat(d.obligations().contains(Obligation.ENERGY_RETROFIT_REQUIRED)).isEqualTo(classTwo);
        if (classTwo) {
            assertThat(d.reasons()).containsExactly(Reason.CLASS_TWO_CONSUMPTION_ABOVE_CONSTRAINT_SHARE);
            assertThat(d.basis()).extracting(Basis::citation).contains("京建法〔2024〕14号 第七条");
        }
    }

    @Test
    void aMissingYearBreaksTheRun() {
        OldBuildingClassification.Decision d = classification.decide(building(2015, true, false, true,
                List.of(year(2022, "100", "80"), year(2024, "100", "80")), null), DAY);
        assertThat(d.classTwo()).isFalse();
    }

    @Test
    void severeAppraisalGradesTriggerUseOrStopUseAndRenewal() {
        for (AppraisalGrade grade : List.of(AppraisalGrade.B, AppraisalGrade.C, AppraisalGrade.D)) {
            boolean severe = grade == AppraisalGrade.C || grade == AppraisalGrade.D;
            OldBuildingClassification.Decision danger = classification.decide(
                    building(1970, false, false, true, List.of(), new SafetyAppraisal(grade, null, false)), DAY);
            OldBuildingClassification.Decision structural = classification.decide(
                    building(1970, false, false, true, List.of(), new SafetyAppraisal(null, grade, false)), DAY);
            for (OldBuildingClassification.Decision d : List.of(danger, structural)) {
                assertThat(d.classOne()).isTrue();
                assertThat(d.obligations()).contains(Obligation.DANGER_REMOVAL_PER_APPRAISAL_REPORT)
                        .doesNotContain(Obligation.STRUCTURAL_SAFETY_APPRAISAL_REQUIRED);
                assertThat(d.obligations().contains(Obligation.USE_OR_STOP_USE_PER_APPRAISAL_REPORT))
                        .isEqualTo(severe);
                assertThat(d.obligations().contains(Obligation.PROMPT_RENEWAL_REQUIRED)).isEqualTo(severe);
                assertThat(d.obligations().contains(Obligation.DISTRICT_PURCHASE_APPLICATION_AVAILABLE))
                        .isEqualTo(severe);
            }
        }
    }

    /** An appraisal at C or D whose measures are not done is a confirmed hazard: class 1 whatever the age. */
    @ParameterizedTest(name = "completed 2010, danger grade {0} → class 1 {1}")
    @CsvSource({"A, false", "B, false", "C, true", "D, true"})
    void anAppraisalAtCOrDMovesABuildingIntoClassOne(AppraisalGrade grade, boolean classOne) {
        OldBuildingClassification.Decision d = classification.decide(
                building(2010, true, false, true, List.of(), new SafetyAppraisal(grade, null, false)), DAY);
        assertThat(d.classOne()).isEqualTo(classOne);
        if (classOne) {
            assertThat(d.reasons()).containsExactly(Reason.CLASS_ONE_UNRESOLVED_SAFETY_HAZARD);
            assertThat(d.obligations()).contains(Obligation.USE_OR_STOP_USE_PER_APPRAISAL_REPORT);
        }
        assertThat(d.basis()).contains(Basis.of("京建法〔2024〕14号", "第七条第二款")
                .withParameters("old-building-appraisal-no-measure-grades@2024-12-26"));
    }

    /** Completed measures end class 1; a danger grade alone is no seismic appraisal of a pre-1980 building. */
    @Test
    void completedMeasuresMoveABuildingOutOfClassOne() {
        OldBuildingClassification.Decision reinforced = classification.decide(building(1970, false, false, true,
                List.of(), new SafetyAppraisal(AppraisalGrade.C, AppraisalGrade.D, true)), DAY);
        assertThat(reinforced.classOne()).isFalse();
        assertThat(reinforced.reasons()).isEmpty();
        assertThat(reinforced.obligations()).isEmpty();
        OldBuildingClassification.Decision dangerOnly = classification.decide(building(1970, false, false, true,
                List.of(), new SafetyAppraisal(AppraisalGrade.C, null, true)), DAY);
        assertThat(dangerOnly.reasons()).containsExactly(Reason.CLASS_ONE_BUILT_EARLY_WITHOUT_SEISMIC_REINFORCEMENT);
        OldBuildingClassification.Decision hazardRemoved = classification.decide(building(2015, true, true, true,
                List.of(), new SafetyAppraisal(AppraisalGrade.C, null, true)), DAY);
        assertThat(hazardRemoved.classOne()).isFalse();
    }

    /** [platform rule] grade A needs no measure: the appraisal alone completes 鉴定与加固; B does not. */
    @Test
    void gradeAOnEveryScaleNeedsNoMeasure() {
        assertThat(classification.decide(building(1970, false, false, true, List.of(),
                new SafetyAppraisal(null, AppraisalGrade.A, false)), DAY).classOne()).isFalse();
        assertThat(classification.decide(building(1970, false, false, true, List.of(),
                new SafetyAppraisal(AppraisalGrade.A, AppraisalGrade.A, false)), DAY).classOne()).isFalse();
        assertThat(classification.decide(building(1970, false, false, true, List.of(),
                new SafetyAppraisal(AppraisalGrade.B, AppraisalGrade.A, false)), DAY).classOne()).isTrue();
        assertThat(classification.decide(building(2015, true, true, true, List.of(),
                new SafetyAppraisal(AppraisalGrade.A, null, false)), DAY).classOne()).isFalse();
        assertThat(classification.decide(building(2015, true, true, true, List.of(),
                new SafetyAppraisal(AppraisalGrade.B, null, false)), DAY).classOne()).isTrue();
    }

    @Test
    void anAppraisalWithoutAGradeIsRefused() {
        assertRefusedNaming("appraisal", () -> classification.decide(building(1970, false, false, true, List.of(),
                new SafetyAppraisal(null, null, true)), DAY));
    }

    @Test
    void aNewEfficientBuildingIsNotOld() {
        OldBuildingClassification.Decision d = classification.decide(building(2015, true, false, true,
                List.of(year(2023, "50", "80"), year(2024, "50", "80")), null), DAY);
        assertThat(d.classOne()).isFalse();
        assertThat(d.classTwo()).isFalse();
        assertThat(d.obligations()).isEmpty();
        assertThat(d.inRenewalScope()).isTrue();
    }

    @Test
    void buildingsOutsideTheScopeAreNotClassified() {
        OldBuildingClassification.Decision d = classification.decide(new OldBuildingClassification.Input(false,
                1970, false, true, false, 2024, List.of(), null), DAY);
        assertThat(d.inRenewalScope()).isFalse();
        assertThat(d.classOne()).isFalse();
        assertThat(d.obligations()).isEmpty();
    }

    @Test
    void trialValidityWindow() {
        OldBuildingClassification.Input input = building(1970, false, false, true, List.of(), null);
        assertRefusedNaming("decisionDate", () -> classification.decide(input, LocalDate.of(2024, 12, 25)));
        assertThat(classification.decide(input, LocalDate.of(2024, 12, 26)).classOne()).isTrue();
        assertThat(classification.decide(input, LocalDate.of(2027, 12, 25)).basis())
                .contains(Basis.of("京建法〔2024〕14号", "第三十二条").withParameters("renewal-trial-validity@2024-12-26"));
        assertRefusedNaming("decisionDate", () -> classification.decide(input, LocalDate.of(2027, 12, 26)));
    }

    @Test
    void rejectsBadIntensities() {
        assertRefusedNaming("intensities[0].intensity", () -> classification.decide(building(2015, true, false, true,
                List.of(year(2024, "-1", "80")), null), DAY));
        assertRefusedNaming("intensities[0].constraintValue", () -> classification.decide(building(2015, true, false, true,
                List.of(year(2024, "1", "0")), null), DAY));
        assertRefusedNaming("intensities[1].year", () -> classification.decide(building(2015, true, false, true,
                List.of(year(2024, "1", "80"), year(2024, "2", "80")), null), DAY));
    }

    @Test
    void cutoffYearInclusionIsAParameter() {
        OldBuildingClassification.ConstructionCutoff exclusive =
                new OldBuildingClassification.ConstructionCutoff(1980, false);
        OldBuildingClassification.ConstructionCutoff inclusive =
                new OldBuildingClassification.ConstructionCutoff(1980, true);
        assertThat(exclusive.builtBefore(1980)).isFalse();
        assertThat(inclusive.builtBefore(1980)).isTrue();
        assertThat(inclusive.builtBefore(1981)).isFalse();
    }
}

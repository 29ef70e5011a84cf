package cn.beijing.platform.subsidy.policy.kindergarten;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Shipped;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility.Applicant;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility.ComplianceRecord;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility.Evaluation;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility.RecordType;

class KindergartenEligibilityTest {

    private static final LocalDate ON = date("2025-06-15");
    private final KindergartenEligibility eligibility = new KindergartenEligibility(Shipped.PARAMETERS);

    private static Applicant clean(List<ComplianceRecord> records) {
        return new Applicant(true, true, records, true, new Evaluation(2024, EvaluationGrade.QUALIFIED),
                EvaluationGrade.QUALIFIED);
    }

    @Test
    void cleanKindergartenIsEligible() {
        var d = eligibility.evaluate(clean(List.of()), ON);
        assertThat(d.eligible()).isTrue();
        assertThat(d.basis()).extracting(b -> b.article()).containsExactly("第二条", "第十二条");
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void recordExactlyThreeYearsBeforeStillCounts(RecordType type) {
        var d = eligibility.evaluate(clean(List.of(new ComplianceRecord(type, date("2022-06-15")))), ON);
        assertThat(d.eligible()).isFalse();
        assertThat(d.failures()).extracting(Failure::code).containsExactly(type.name() + "_WITHIN_LOOKBACK");
        assertThat(d.failures()).extracting(Failure::article).containsExactly("第十二条");
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void recordOneDayOlderThanThreeYearsDoesNotCount(RecordType type) {
        assertThat(eligibility.evaluate(clean(List.of(new ComplianceRecord(type, date("2022-06-14")))), ON).eligible())
                .isTrue();
    }

    @Test
    void recentRecordCounts() {
        assertThat(eligibility.evaluate(clean(List.of(new ComplianceRecord(RecordType.SAFETY_ACCIDENT,
                date("2025-06-15")))), ON).eligible()).isFalse();
    }

    @Test
    void inspectionBelowQualifiedFailsAndAboveQualifiedPasses() {
        var below = new Applicant(true, true, List.of(), true, new Evaluation(2024, EvaluationGrade.UNQUALIFIED),
                EvaluationGrade.EXCELLENT);
        assertThat(eligibility.evaluate(below, ON).failures()).extracting(Failure::code)
                .containsExactly("ANNUAL_INSPECTION_BELOW_MINIMUM");
        var above = new Applicant(true, true, List.of(), true, new Evaluation(2024, EvaluationGrade.GOOD),
                EvaluationGrade.GOOD);
        assertThat(eligibility.evaluate(above, ON).eligible()).isTrue();
    }

    @Test
    void inspectionOfAnotherYearIsNotThePreviousYearsInspection() {
        var stale = new Applicant(true, true, List.of(), true, new Evaluation(2023, EvaluationGrade.EXCELLENT),
                EvaluationGrade.QUALIFIED);
        assertThat(eligibility.evaluate(stale, ON).failures()).extracting(Failure::code)
                .containsExactly("NO_PREVIOUS_YEAR_INSPECTION");
    }

    @Test
    void supervisionEvaluationMissingOrBelowFails() {
        var none = new Applicant(true, true, List.of(), true, new Evaluation(2024, EvaluationGrade.QUALIFIED), null);
        assertThat(eligibility.evaluate(none, ON).failures()).extracting(Failure::code)
                .containsExactly("NO_MUNICIPAL_SUPERVISION_EVALUATION");
        var low = new Applicant(true, true, List.of(), true, new Evaluation(2024, EvaluationGrade.QUALIFIED),
                EvaluationGrade.UNQUALIFIED);
        assertThat(eligibility.evaluate(low, ON).failures()).extracting(Failure::code)
                .containsExactly("MUNICIPAL_SUPERVISION_BELOW_MINIMUM");
    }

    @Test
    void everyFailureIsNamedWithItsArticle() {
        var bad = new Applicant(false, false, List.of(), false, null, null);
        var d = eligibility.evaluate(bad, ON);
        assertThat(d.failures()).extracting(Failure::code).containsExactly("NOT_RECOGNISED_INCLUSIVE",
                "ADMISSIONS_NOT_AS_PUBLIC_KINDERGARTENS", "OPERATING_OR_SAFETY_CONDITIONS_NOT_MET",
                "NO_PREVIOUS_YEAR_INSPECTION", "NO_MUNICIPAL_SUPERVISION_EVALUATION");
        assertThat(d.failures()).extracting(Failure::article)
                .containsExactly("第二条", "第十二条", "第十二条", "第十二条", "第十二条");
    }

    @Test
    void recordAfterTheDecisionIsRefused() {
        assertThatThrownBy(() -> eligibility.evaluate(clean(List.of(new ComplianceRecord(RecordType.SAFETY_ACCIDENT,
                date("2025-06-16")))), ON)).isInstanceOf(PolicyInputException.class)
                .extracting("field").isEqualTo("records[0].occurredOn");
    }
}

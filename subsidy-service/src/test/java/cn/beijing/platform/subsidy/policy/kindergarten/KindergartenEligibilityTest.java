package cn.beijing.platform.subsidy.policy.kindergarten;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** The previous year's annual inspection and the municipal supervision evaluation, each at least QUALIFIED. */
    @ParameterizedTest(name = "inspection {0} {1}, supervision {2}: {3}")
    @CsvSource(nullValues = "none", value = {
            "2024, UNQUALIFIED, EXCELLENT,   ANNUAL_INSPECTION_BELOW_MINIMUM",
            "2024, GOOD,        GOOD,        eligible",
            "2023, EXCELLENT,   QUALIFIED,   NO_PREVIOUS_YEAR_INSPECTION",
            "2024, QUALIFIED,   none,        NO_MUNICIPAL_SUPERVISION_EVALUATION",
            "2024, QUALIFIED,   UNQUALIFIED, MUNICIPAL_SUPERVISION_BELOW_MINIMUM"})
    void inspectionAndSupervisionGrades(int inspectionYear, EvaluationGrade inspection, EvaluationGrade supervision,
                                        String expected) {
        var d = eligibility.evaluate(new Applicant(true, true, List.of(), true,
                new Evaluation(inspectionYear, inspection), supervision), ON);
        assertThat(d.eligible()).isEqualTo(expected.equals("eligible"));
        assertThat(d.failures()).extracting(Failure::code)
                .containsExactlyElementsOf(expected.equals("eligible") ? List.of() : List.of(expected));
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

package cn.beijing.platform.energy.policy.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.ParameterNotInForceException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.statistics.SurveyCalendar.Phase;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class SurveyCalendarTest {

    private final SurveyCalendar calendar = ShippedPolicies.POLICIES.get(SurveyCalendar.class);

    @Test
    void scheduleOf2025() {
        SurveyCalendar.Schedule s = calendar.forYear(2025);
        assertThat(s.dataYear()).isEqualTo(2024);
        assertThat(s.scopeAndQuotaBy()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(s.dataSubmissionBy()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(s.aggregationAndJointReviewBy()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(s.basis()).containsExactly(Basis.of("京建法〔2024〕13号", "第七条")
                .withParameters("survey-calendar@2025-02-01"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2025-02-01, SCOPE_AND_QUOTA_PUBLICATION, 2025-03-31",
            "2025-03-31, SCOPE_AND_QUOTA_PUBLICATION, 2025-03-31",
            "2025-04-01, SAMPLE_LISTS_AND_DATA_SUBMISSION, 2025-05-31",
            "2025-05-31, SAMPLE_LISTS_AND_DATA_SUBMISSION, 2025-05-31",
            "2025-06-01, AGGREGATION_AND_JOINT_REVIEW, 2025-09-30",
            "2025-09-30, AGGREGATION_AND_JOINT_REVIEW, 2025-09-30",
            "2026-02-28, SCOPE_AND_QUOTA_PUBLICATION, 2026-03-31"})
    void phaseOnADate(LocalDate date, Phase phase, LocalDate endsOn) {
        SurveyCalendar.PhaseDecision d = calendar.phaseOn(date);
        assertThat(d.phase()).isEqualTo(phase);
        assertThat(d.phaseEndsOn()).isEqualTo(endsOn);
        assertThat(d.dataYear()).isEqualTo(date.getYear() - 1);
    }

    @Test
    void closedAfterSeptember30() {
        SurveyCalendar.PhaseDecision d = calendar.phaseOn(LocalDate.of(2025, 10, 1));
        assertThat(d.phase()).isEqualTo(Phase.COMPLETED);
        assertThat(d.phaseEndsOn()).isNull();
    }

    @Test
    void noCalendarBeforeTheMeasures() {
        assertThatThrownBy(() -> calendar.forYear(2024))
                .isInstanceOfSatisfying(ParameterNotInForceException.class,
                        e -> assertThat(e.field()).isEqualTo("surveyYear"));
    }
}

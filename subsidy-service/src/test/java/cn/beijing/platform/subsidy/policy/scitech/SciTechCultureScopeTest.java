package cn.beijing.platform.subsidy.policy.scitech;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.subsidy.policy.ApplicantStanding;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Shipped;

class SciTechCultureScopeTest {

    private static final LocalDate ON = date("2025-06-30");
    private final SciTechCultureScope scope = new SciTechCultureScope(Shipped.PARAMETERS);

    @ParameterizedTest(name = "event {0} in scope: {1}")
    @CsvSource({"2024-12-11, false", "2024-12-12, true", "2027-12-31, true", "2028-01-01, false"})
    void eventsCountFromPublicationTo2027(String event, boolean inScope) {
        var d = scope.check(ApplicantStanding.clean(), 5, date(event), ON);
        assertThat(d.inScope()).isEqualTo(inScope);
        if (!inScope) {
            assertThat(d.failures()).extracting(Failure::article).containsExactly("三、附则 1");
        }
    }

    @Test
    void laboratoryApprovalsUseTheWindowIncludingTheIssueYear() {
        var d = scope.check(ApplicantStanding.clean(), 16, date("2024-01-01"), ON);
        assertThat(d.inScope()).isTrue();
        assertThat(d.basis().get(0).article()).isEqualTo("三、附则 9");
        assertThat(scope.check(ApplicantStanding.clean(), 16, date("2023-12-31"), ON).failures())
                .extracting(Failure::article).containsExactly("三、附则 9");
    }

    @Test
    void majorPenaltyExactlyThreeYearsBeforeCountsAndOneDayOlderDoesNot() {
        var within = new ApplicantStanding(true, true, List.of(date("2022-06-30")), List.of(), false, true);
        assertThat(scope.check(within, 5, ON, ON).failures()).extracting(Failure::code)
                .containsExactly("MAJOR_PENALTY_WITHIN_LOOKBACK");
        var older = new ApplicantStanding(true, true, List.of(date("2022-06-29")), List.of(), false, true);
        assertThat(scope.check(older, 5, ON, ON).inScope()).isTrue();
    }

    @Test
    void criminalRecordAndOutsideOperationAndIndustryAreNamed() {
        var bad = new ApplicantStanding(false, false, List.of(), List.of(date("2024-01-01")), false, false);
        assertThat(scope.check(bad, 5, ON, ON).failures()).extracting(Failure::code).containsExactly(
                "NOT_OPERATING_IN_YIZHUANG", "CRIMINAL_RECORD_WITHIN_LOOKBACK", "OUTSIDE_INDUSTRY_SCOPE");
    }
}

package cn.beijing.platform.energy.policy.renewal;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.EffectiveDated;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.calendar.CalendarYearNotLoadedException;
import cn.beijing.platform.policy.calendar.PeriodCounting;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class PublicNoticePeriodTest {

    private final PublicNoticePeriod notice = ShippedPolicies.POLICIES.get(PublicNoticePeriod.class);

    @ParameterizedTest(name = "published {0} → 15th working day after it {1}, next working day {2}")
    @CsvSource({
            "2025-04-25, 2025-05-20, 2025-05-21",   // the example: make-up Sunday 4-27, 5-1..5-5 off
            "2025-03-03, 2025-03-24, 2025-03-25",   // Monday, not counted: Tuesday is day 1
            "2025-03-01, 2025-03-21, 2025-03-24",   // Saturday: counting starts Monday
            "2025-09-22, 2025-10-17, 2025-10-20",   // across National Day, with make-up days 9-28 and 10-11
            "2025-09-26, 2025-10-23, 2025-10-24",
            "2025-04-21, 2025-05-14, 2025-05-15",   // across Labour Day, make-up Sunday 4-27 counts
            "2025-01-20, 2025-02-14, 2025-02-17",   // across Spring Festival, make-up 1-26 and 2-8 count
            "2025-12-31, 2026-01-22, 2026-01-23"})  // the year boundary: 2026-01-01..01-03 off, Sunday 1-4 worked
    void fifteenWorkingDaysAfterThePublicationDay(LocalDate published, LocalDate lastDay, LocalDate after) {
        PublicNoticePeriod.Decision d = notice.evaluate(published);
        assertThat(d.minimumWorkingDays()).isEqualTo(15);
        assertThat(d.counting()).isEqualTo(PeriodCounting.FROM_NEXT_DAY);
        assertThat(d.earliestLastDay()).isEqualTo(lastDay);
        assertThat(d.firstDayAfterNotice()).isEqualTo(after);
        assertThat(d.basis()).startsWith(
                Basis.of("京建法〔2024〕14号", "第十八条").withParameters("renewal-plan-notice-working-days@2024-12-26"),
                Basis.of("中华人民共和国民法典", "第二百零一条")
                        .withParameters("renewal-plan-notice-excludes-publication-day@2024-12-26"));
    }

    @Test
    void aPlannedLastDayBeforeTheFifteenthWorkingDayIsAnInputError() {
        LocalDate published = LocalDate.of(2025, 3, 3);
        // the 14th working day after Monday 3-3 is Friday 3-21: just below the minimum
        assertRefusedNaming("plannedLastDay", () -> notice.evaluate(published, LocalDate.of(2025, 3, 21)));
        // the 15th (Monday 3-24) is the minimum, the 16th just above it
        assertThat(notice.evaluate(published, LocalDate.of(2025, 3, 24)).plannedLastDay())
                .isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(notice.evaluate(published, LocalDate.of(2025, 3, 25)).plannedLastDay())
                .isEqualTo(LocalDate.of(2025, 3, 25));
        assertThat(notice.evaluate(published).plannedLastDay()).isNull();
        assertRefusedNaming("plannedLastDay", () -> notice.evaluate(published, LocalDate.of(2025, 3, 2)));
    }

    @Test
    void aSpanIntoAYearWithoutCalendarIsAnError() {
        assertThatThrownBy(() -> notice.evaluate(LocalDate.of(2026, 12, 15)))
                .isInstanceOf(CalendarYearNotLoadedException.class);
    }

    @Test
    void theOtherReadingIsAParameter() {
        String name = "renewal-plan-notice-excludes-publication-day";
        PublicNoticePeriod publicationDayCounted = new PublicNoticePeriod(ShippedPolicies.PARAMETERS.with(name,
                EffectiveDated.single(name, LocalDate.of(2024, 12, 26), false)),
                ShippedPolicies.POLICIES.get(RenewalTrialPeriod.class), WorkingDayCalendar.shipped());
        PublicNoticePeriod.Decision d = publicationDayCounted.evaluate(LocalDate.of(2025, 3, 3));
        assertThat(d.counting()).isEqualTo(PeriodCounting.FROM_SAME_DAY);
        assertThat(d.earliestLastDay()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(publicationDayCounted.evaluate(LocalDate.of(2025, 4, 25)).earliestLastDay())
                .isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(d.basis()).extracting(Basis::citation).contains("中华人民共和国民法典 第二百零一条");
    }

    @Test
    void onlyWhileTheTrialMeasuresAreInForce() {
        assertRefusedNaming("publishedOn", () -> notice.evaluate(LocalDate.of(2024, 12, 25)));
    }

    @Test
    void trialValidityReportsItsWindow() {
        RenewalTrialPeriod.Validity v = ShippedPolicies.POLICIES.get(RenewalTrialPeriod.class).validity(LocalDate.of(2026, 1, 1));
        assertThat(v.firstDay()).isEqualTo(LocalDate.of(2024, 12, 26));
        assertThat(v.lastDay()).isEqualTo(LocalDate.of(2027, 12, 25));
        assertThat(v.inForce()).isTrue();
        assertThat(ShippedPolicies.POLICIES.get(RenewalTrialPeriod.class).validity(LocalDate.of(2024, 12, 25)).inForce())
                .isFalse();
        assertThat(List.of(v.basis().get(0).article())).containsExactly("第三十二条");
    }
}

package cn.beijing.platform.energy.policy.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.EffectiveDated;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.calendar.CalendarYearNotLoadedException;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class PublicNoticePeriodTest {

    private final PublicNoticePeriod notice = ShippedPolicies.POLICIES.get(PublicNoticePeriod.class);

    @ParameterizedTest(name = "published {0} → 15th working day {1}, next working day {2}")
    @CsvSource({
            "2025-03-03, 2025-03-21, 2025-03-24",   // Monday: three plain weeks
            "2025-03-01, 2025-03-21, 2025-03-24",   // Saturday: counting starts Monday
            "2025-09-22, 2025-10-16, 2025-10-17",   // across National Day, with make-up days 9-28 and 10-11
            "2025-04-21, 2025-05-13, 2025-05-14",   // across Labour Day, make-up Sunday 4-27 counts
            "2025-01-20, 2025-02-13, 2025-02-14"})  // across Spring Festival, make-up 1-26 and 2-8 count
    void fifteenWorkingDaysOnTheOfficialCalendar(LocalDate published, LocalDate lastDay, LocalDate after) {
        PublicNoticePeriod.Decision d = notice.evaluate(published);
        assertThat(d.minimumWorkingDays()).isEqualTo(15);
        assertThat(d.earliestLastDay()).isEqualTo(lastDay);
        assertThat(d.firstDayAfterNotice()).isEqualTo(after);
        assertThat(d.basis()).contains(Basis.of("京建法〔2024〕14号", "第十八条").withParameters(
                "renewal-plan-notice-working-days@2024-12-26,renewal-plan-notice-counts-publication-day@2024-12-26"));
    }

    @Test
    void plannedPeriodIsCheckedAtBelowAndAboveTheMinimum() {
        LocalDate published = LocalDate.of(2025, 3, 3);
        assertThat(notice.evaluate(published, LocalDate.of(2025, 3, 20)).plannedPeriodSufficient()).isFalse();
        assertThat(notice.evaluate(published, LocalDate.of(2025, 3, 21)).plannedPeriodSufficient()).isTrue();
        assertThat(notice.evaluate(published, LocalDate.of(2025, 3, 22)).plannedPeriodSufficient()).isTrue();
        assertThat(notice.evaluate(published).plannedPeriodSufficient()).isNull();
        assertThatThrownBy(() -> notice.evaluate(published, LocalDate.of(2025, 3, 2)))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("plannedLastDay"));
    }

    @Test
    void aSpanIntoAYearWithoutCalendarIsAnError() {
        assertThatThrownBy(() -> notice.evaluate(LocalDate.of(2026, 12, 15)))
                .isInstanceOf(CalendarYearNotLoadedException.class);
    }

    @Test
    void publicationDayConventionIsAParameter() {
        PublicNoticePeriod nextDay = new PublicNoticePeriod(ShippedPolicies.PARAMETERS.with(
                "renewal-plan-notice-counts-publication-day",
                EffectiveDated.single("renewal-plan-notice-counts-publication-day", LocalDate.of(2024, 12, 26), false)),
                ShippedPolicies.POLICIES.get(RenewalTrialPeriod.class), WorkingDayCalendar.shipped());
        assertThat(nextDay.evaluate(LocalDate.of(2025, 3, 3)).earliestLastDay()).isEqualTo(LocalDate.of(2025, 3, 24));
    }

    @Test
    void onlyWhileTheTrialMeasuresAreInForce() {
        assertThatThrownBy(() -> notice.evaluate(LocalDate.of(2024, 12, 25)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("publishedOn"));
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

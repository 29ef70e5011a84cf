package cn.beijing.platform.energy.policy;

import static cn.beijing.platform.energy.policy.PolicyInputs.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.beijing.platform.common.basis.Basis;
import cn.beijing.platform.common.calendar.CalendarYearNotLoadedException;
import cn.beijing.platform.common.calendar.WorkingDayCalendar;

/**
 * Public notice of an approved renewal implementation plan on the city-renewal information system
 * (京建法〔2024〕14号 第十八条第四款: "公示时间不得少于15个工作日"), counted on the official working-day calendar.
 *
 * <p>[platform rule] the publication day counts as day 1 when it is a working day (parameter
 * {@code renewal-plan-notice-counts-publication-day}), the same convention as the platform's other notices; set
 * the flag to false to start counting on the next day (民法典 第二百零一条 style). A span reaching a year whose
 * holiday arrangement is not loaded throws {@link CalendarYearNotLoadedException}.
 */
public final class PublicNoticePeriod {

    /**
     * @param minimumWorkingDays      15 (第十八条)
     * @param publicationDayCounts    [platform rule] whether the publication day is day 1
     */
    public record Parameters(EffectiveDated<Integer> minimumWorkingDays,
                             EffectiveDated<Boolean> publicationDayCounts) {
        public Parameters {
            Objects.requireNonNull(minimumWorkingDays);
            Objects.requireNonNull(publicationDayCounts);
        }
    }

    /**
     * @param earliestLastDay        the last (Nth) working day of the shortest lawful notice
     * @param firstDayAfterNotice    the first working day after {@code earliestLastDay}
     * @param plannedLastDay         the planned last day, if given
     * @param plannedPeriodSufficient whether the planned last day is on or after {@code earliestLastDay};
     *                               {@code null} when no plan was given
     */
    public record Decision(LocalDate publishedOn, int minimumWorkingDays, LocalDate earliestLastDay,
                           LocalDate firstDayAfterNotice, LocalDate plannedLastDay, Boolean plannedPeriodSufficient,
                           List<Basis> basis) {
        public Decision {
            basis = List.copyOf(basis);
        }
    }

    private final Parameters parameters;
    private final RenewalTrialPeriod trialPeriod;
    private final WorkingDayCalendar calendar;

    public PublicNoticePeriod(Parameters parameters, RenewalTrialPeriod trialPeriod, WorkingDayCalendar calendar) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.trialPeriod = Objects.requireNonNull(trialPeriod, "trialPeriod");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public Decision evaluate(LocalDate publishedOn) {
        return evaluate(publishedOn, null);
    }

    public Decision evaluate(LocalDate publishedOn, LocalDate plannedLastDay) {
        required(publishedOn, "publishedOn");
        RenewalTrialPeriod.Validity validity = trialPeriod.requireInForce(publishedOn, "publishedOn");
        InForce<Integer> days = parameters.minimumWorkingDays().on(publishedOn, "publishedOn");
        InForce<Boolean> countsPublicationDay = parameters.publicationDayCounts().on(publishedOn, "publishedOn");
        if (plannedLastDay != null && plannedLastDay.isBefore(publishedOn)) {
            throw new PolicyInputException("plannedLastDay", "the notice cannot end before it is published");
        }
        LocalDate first = countsPublicationDay.value() ? publishedOn : publishedOn.plusDays(1);
        LocalDate lastDay = calendar.nthWorkingDay(first, days.value());
        LocalDate after = calendar.firstWorkingDayAfter(lastDay);
        List<Basis> basis = new ArrayList<>();
        basis.add(EnergyDocuments.withAll(EnergyDocuments.renewal("第十八条"), days, countsPublicationDay));
        basis.addAll(validity.basis());
        Boolean sufficient = plannedLastDay == null ? null : !plannedLastDay.isBefore(lastDay);
        return new Decision(publishedOn, days.value(), lastDay, after, plannedLastDay, sufficient, basis);
    }
}

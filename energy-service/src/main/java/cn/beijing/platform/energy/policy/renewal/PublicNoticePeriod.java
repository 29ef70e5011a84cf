package cn.beijing.platform.energy.policy.renewal;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.calendar.CalendarYearNotLoadedException;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * Public notice of an approved renewal implementation plan on the city-renewal information system
 * (京建法〔2024〕14号 第十八条第四款: "公示时间不得少于15个工作日"), counted on the official working-day calendar.
 *
 * <p>[platform rule] the publication day counts as day 1 when it is a working day (parameter
 * {@code renewal-plan-notice-counts-publication-day}), the same convention as the platform's other notices; set
 * the flag to false to start counting on the next day (民法典 第二百零一条 style). A span reaching a year whose
 * holiday arrangement is not loaded throws {@link CalendarYearNotLoadedException}.
 */
@Rule(id = "public-notice-period", document = EnergyDocuments.RENEWAL, article = "第十八条",
        parameters = {"renewal-plan-notice-working-days", "renewal-plan-notice-counts-publication-day"})
public final class PublicNoticePeriod implements Decides<PublicNoticePeriod.Input, PublicNoticePeriod.Decision> {


    /** @param plannedLastDay the planned last day of the notice, if any */
    public record Input(LocalDate publishedOn, LocalDate plannedLastDay) {
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

    /** 15 (第十八条). */
    private final EffectiveDated<Integer> minimumWorkingDays;
    /** [platform rule] whether the publication day is day 1. */
    private final EffectiveDated<Boolean> publicationDayCounts;
    private final RenewalTrialPeriod trialPeriod;
    private final WorkingDayCalendar calendar;

    public PublicNoticePeriod(ParameterSet parameters, RenewalTrialPeriod trialPeriod, WorkingDayCalendar calendar) {
        minimumWorkingDays = parameters.get("renewal-plan-notice-working-days", ParameterNode::positiveInteger);
        publicationDayCounts = parameters.get("renewal-plan-notice-counts-publication-day", ParameterNode::flag);
        this.trialPeriod = Objects.requireNonNull(trialPeriod, "trialPeriod");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The notice starts on its publication day, whatever the decision date. */
    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        return evaluate(input.publishedOn(), input.plannedLastDay());
    }

    public Decision evaluate(LocalDate publishedOn) {
        return evaluate(publishedOn, null);
    }

    public Decision evaluate(LocalDate publishedOn, LocalDate plannedLastDay) {
        Inputs.required("publishedOn", publishedOn);
        RenewalTrialPeriod.Validity validity = trialPeriod.requireInForce(publishedOn, "publishedOn");
        InForce<Integer> days = minimumWorkingDays.on(publishedOn, "publishedOn");
        InForce<Boolean> countsPublicationDay = publicationDayCounts.on(publishedOn, "publishedOn");
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

package cn.beijing.platform.energy.policy.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.calendar.CalendarYearNotLoadedException;
import cn.beijing.platform.policy.calendar.PeriodCounting;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.policy.calendar.WorkingDayPeriod;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;

/**
 * Public notice of an approved renewal implementation plan on the city-renewal information system
 * (京建法〔2024〕14号 第十八条第四款: "公示时间不得少于15个工作日"), counted on the official working-day calendar as
 * 民法典 第二百零一条 counts a period: the publication day is not counted, day 1 is the first working day after it
 * (parameter {@code renewal-plan-notice-excludes-publication-day}; false selects the other reading, the publication
 * day as day 1). A planned last day before the 15th working day is an input error (422 on {@code plannedLastDay}): the
 * minimum is a condition of the notice, not a default. A span reaching a year whose holiday arrangement is not loaded
 * throws {@link CalendarYearNotLoadedException}.
 */
@Rule(id = "public-notice-period", document = EnergyDocuments.RENEWAL, article = "第十八条",
        parameters = {"renewal-plan-notice-working-days", "renewal-plan-notice-excludes-publication-day"})
public final class PublicNoticePeriod implements Decides<PublicNoticePeriod.Input, PublicNoticePeriod.Decision> {

    /** @param plannedLastDay the planned last day of the notice, if any */
    public record Input(LocalDate publishedOn, LocalDate plannedLastDay) {
    }

    /**
     * @param counting            where day 1 is: {@code FROM_NEXT_DAY} (民法典 第二百零一条) or {@code FROM_SAME_DAY}
     * @param earliestLastDay     the last (N-th) working day of the shortest lawful notice
     * @param firstDayAfterNotice the first working day after {@code earliestLastDay}
     * @param plannedLastDay      the planned last day, if given (never before {@code earliestLastDay})
     * @param basis               第十八条 (with the minimum's version), 民法典 第二百零一条 (with the counting
     *                            parameter's version) and the trial period of 第三十二条
     */
    public record Decision(LocalDate publishedOn, int minimumWorkingDays, PeriodCounting counting,
                           LocalDate earliestLastDay, LocalDate firstDayAfterNotice, LocalDate plannedLastDay,
                           List<Basis> basis) {
        public Decision {
            Objects.requireNonNull(counting, "counting");
            basis = List.copyOf(basis);
        }
    }

    /** 15 (第十八条). */
    private final EffectiveDated<Integer> minimumWorkingDays;
    /** 民法典 第二百零一条: whether the publication day is left out. */
    private final EffectiveDated<Boolean> excludesPublicationDay;
    private final RenewalTrialPeriod trialPeriod;
    private final WorkingDayCalendar calendar;

    public PublicNoticePeriod(ParameterSet parameters, RenewalTrialPeriod trialPeriod, WorkingDayCalendar calendar) {
        minimumWorkingDays = parameters.get("renewal-plan-notice-working-days", ParameterNode::positiveInteger);
        excludesPublicationDay = parameters.get("renewal-plan-notice-excludes-publication-day", ParameterNode::flag);
        this.trialPeriod = Objects.requireNonNull(trialPeriod, "trialPeriod");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The notice begins on its publication day, whatever the decision date. */
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
        InForce<Boolean> excluded = excludesPublicationDay.on(publishedOn, "publishedOn");
        if (plannedLastDay != null && plannedLastDay.isBefore(publishedOn)) {
            throw new PolicyInputException("plannedLastDay", "the notice cannot end before it is published");
        }
        WorkingDayPeriod period = calendar.period(publishedOn, days.value(),
                PeriodCounting.excludingBeginningDay(excluded.value()));
        if (plannedLastDay != null && plannedLastDay.isBefore(period.lastDay())) {
            throw new PolicyInputException("plannedLastDay", "the public notice lasts at least " + days.value()
                    + " working days after its publication day, until " + period.lastDay()
                    + " (京建法〔2024〕14号 第十八条; 民法典 第二百零一条)");
        }
        List<Basis> basis = new ArrayList<>();
        basis.add(EnergyDocuments.renewal("第十八条", days));
        basis.add(PeriodCounting.basis(excluded.version()));
        basis.addAll(validity.basis());
        return new Decision(publishedOn, days.value(), period.counting(), period.lastDay(),
                period.firstWorkingDayAfter(), plannedLastDay, basis);
    }
}

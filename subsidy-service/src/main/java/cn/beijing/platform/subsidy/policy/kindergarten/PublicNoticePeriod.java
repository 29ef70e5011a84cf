package cn.beijing.platform.subsidy.policy.kindergarten;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.calendar.CalendarYearNotLoadedException;
import cn.beijing.platform.policy.calendar.PeriodCounting;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.policy.calendar.WorkingDayPeriod;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.policy.Inputs;

/**
 * 公示期不少于5个工作日 (京技管发〔2024〕30号 第十四条) on the official working-day calendar, counted as 民法典 第二百零一条
 * counts a period: the publication day is not counted, day 1 is the first working day after it (parameter
 * {@code kindergarten-public-notice-excludes-publication-day}; false selects the other reading, the publication day
 * as day 1). The last day is the N-th working day; payment may be made from the first working day after it, and only
 * when no objection stands (对公示无异议的幼儿园 … 拨付). Fewer working days than the minimum is an input error (422).
 */
@Rule(id = "notice-period", document = Documents.KINDERGARTEN, article = "第十四条",
        parameters = {"kindergarten-public-notice-minimum", "kindergarten-public-notice-excludes-publication-day"})
public final class PublicNoticePeriod implements Decides<PublicNoticePeriod.Input, PublicNoticePeriod.NoticePeriodDecision> {

    private static final String ARTICLE = "第十四条";

    private final EffectiveDated<Integer> publicNoticeMinimum;
    private final EffectiveDated<Boolean> excludesPublicationDay;
    private final WorkingDayCalendar calendar;

    public PublicNoticePeriod(ParameterSet parameters, WorkingDayCalendar calendar) {
        this.publicNoticeMinimum = parameters.get("kindergarten-public-notice-minimum", Integer.class);
        this.excludesPublicationDay = parameters.get("kindergarten-public-notice-excludes-publication-day",
                ParameterNode::flag);
        this.calendar = Objects.requireNonNull(calendar);
    }

    /**
     * @param counting where day 1 is: {@code FROM_NEXT_DAY} (民法典 第二百零一条) or {@code FROM_SAME_DAY}
     * @param basis    第十四条 (with the minimum's version) and 民法典 第二百零一条 (with the counting parameter's version)
     */
    public record NoticePeriodDecision(LocalDate publishedOn, int workingDays, PeriodCounting counting,
                                       LocalDate lastDay, LocalDate earliestPaymentDay, List<Basis> basis)
            implements Decision {

        public NoticePeriodDecision {
            Objects.requireNonNull(counting, "counting");
            basis = List.copyOf(basis);
        }
    }

    public enum PaymentBlock {
        NONE,
        /** The notice period has not ended. */
        NOTICE_PERIOD_RUNNING,
        /** An objection raised during the notice stands. */
        OBJECTION_STANDS
    }

    public record PaymentReleaseDecision(boolean payable, PaymentBlock block, LocalDate earliestPaymentDay,
                                         List<Basis> basis) implements Decision {
    }

    /** @param workingDays the announced period, at least the minimum; none means the minimum */
    public record Input(LocalDate publishedOn, Integer workingDays) {
    }

    /** The notice begins on its publication day, whatever the decision date. */
    @Override
    public NoticePeriodDecision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        return evaluate(input.publishedOn(), input.workingDays());
    }

    public NoticePeriodDecision evaluate(LocalDate publishedOn, Integer workingDays) {
        Inputs.date("publishedOn", publishedOn);
        int minimum = Inputs.inForce(this.publicNoticeMinimum, publishedOn);
        int days = workingDays == null ? minimum : workingDays;
        if (days < minimum) {
            throw new PolicyInputException("workingDays",
                    "a public notice lasts at least " + minimum + " working days (京技管发〔2024〕30号 第十四条)");
        }
        InForce<Boolean> excluded = excludesPublicationDay.on(publishedOn, "publishedOn");
        PeriodCounting counting = PeriodCounting.excludingBeginningDay(excluded.value());
        WorkingDayPeriod period;
        try {
            period = calendar.period(publishedOn, days, counting);
        } catch (CalendarYearNotLoadedException e) {
            throw new PolicyInputException("publishedOn",
                    "the notice period reaches " + e.year() + ", for which no official holiday arrangement is loaded");
        }
        return new NoticePeriodDecision(publishedOn, days, counting, period.lastDay(), period.firstWorkingDayAfter(),
                List.of(Citation.of(Documents.KINDERGARTEN, ARTICLE, publishedOn, publicNoticeMinimum),
                        PeriodCounting.basis(excluded.version())));
    }

    /**
     * The day a payment after {@code notice} is scheduled on: the first working day after its window (第十四条) and
     * after the last resolution of an objection against the entry ({@code resolvedOn}: the hold ends the next working
     * day), and — [platform rule], the gazette names no payment day — never before {@code settledOn}, the day the
     * payment is decided: a notice closed after its window, or an objection resolved later, schedules the payment from
     * the first working day on or after that day, not on a day already past.
     */
    public LocalDate paymentDay(NoticePeriodDecision notice, List<LocalDate> resolvedOn, LocalDate settledOn) {
        Inputs.required("notice", notice);
        Inputs.date("settledOn", settledOn);
        LocalDate day = notice.earliestPaymentDay();
        for (LocalDate resolved : resolvedOn) {
            LocalDate after = calendar.firstWorkingDayAfter(resolved);
            if (after.isAfter(day)) {
                day = after;
            }
        }
        LocalDate decided = calendar.nthWorkingDay(settledOn, 1);   // settledOn itself when it is a working day
        return decided.isAfter(day) ? decided : day;
    }

    /** Whether a payment may be made on {@code paymentDay} after the notice. */
    public PaymentReleaseDecision paymentRelease(NoticePeriodDecision notice, LocalDate paymentDay,
                                                 boolean objectionStands) {
        Inputs.required("notice", notice);
        Inputs.date("paymentDay", paymentDay);
        PaymentBlock block = paymentDay.isBefore(notice.earliestPaymentDay()) ? PaymentBlock.NOTICE_PERIOD_RUNNING
                : objectionStands ? PaymentBlock.OBJECTION_STANDS : PaymentBlock.NONE;
        return new PaymentReleaseDecision(block == PaymentBlock.NONE, block, notice.earliestPaymentDay(),
                notice.basis());
    }
}

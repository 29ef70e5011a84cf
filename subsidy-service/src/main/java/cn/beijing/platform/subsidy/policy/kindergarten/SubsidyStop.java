package cn.beijing.platform.subsidy.policy.kindergarten;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * Stopping, suspending and recovering subsidies (京技管发〔2024〕30号 第十九条–第二十一条). Each article is its own
 * method:
 * <ul>
 * <li>第十九条 closure or loss of inclusive status: the per-child and rent subsidies stop from the next month and
 * the advances paid for the months from then on are recovered;</li>
 * <li>第二十条 fraud, obtaining or misusing funds: payments suspended from the discovery date; not rectified within
 * the set time → disqualified and the related funds recovered; suspected crime → referral;</li>
 * <li>第二十一条 improper fees: the subsidy of the violation period is recovered; payments suspended from the discovery
 * date; not rectified within the set time → disqualified.</li>
 * </ul>
 * Paid amounts are prorated: the per-child subsidy (a monthly amount) by months, the rent subsidy by days.
 */
@Rule(id = "kindergarten-improper-fees", document = Documents.KINDERGARTEN, article = "第二十一条",
        parameters = "kindergarten-violation-period-whole-months")
public final class SubsidyStop implements Decides<SubsidyStop.ImproperFees, SubsidyStop.ImproperFeesDecision> {

    private final EffectiveDated<Boolean> violationPeriodWholeMonths;

    public SubsidyStop(ParameterSet parameters) {
        this.violationPeriodWholeMonths = parameters.get("kindergarten-violation-period-whole-months", Boolean.class);
    }

    public enum PaidKind {
        /** 生均定额补助: the period must be whole months. */
        PER_CHILD,
        /** 租金补助: prorated by days. */
        RENT
    }

    /** An amount already paid (an advance) for a period, both ends inclusive. */
    public record PaidSubsidy(PaidKind kind, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount) {
    }

    /** The part of one paid amount to recover, and the part of its period it covers. */
    public record Recovery(PaidSubsidy paid, LocalDate from, LocalDate to, BigDecimal amount) {
    }

    public record ClosureDecision(LocalDate eventOn, LocalDate paymentsStopFrom, List<Recovery> recoveries,
                                  BigDecimal recoveryTotal, List<Basis> basis) implements Decision {
    }

    public enum RectificationStatus {
        /** Suspended; the time set for rectification has not run out. */
        PENDING,
        /** Rectified within the time set: the suspension ends on the rectification day ([platform rule]). */
        RECTIFIED_IN_TIME,
        /** 规定期限内拒不整改: the kindergarten loses the subsidy entitlement. */
        DISQUALIFIED
    }

    /**
     * @param suspendedFrom      自发现之日起暂停拨付
     * @param suspensionEndsOn   the rectification day when rectified in time, otherwise {@code null}
     * @param disqualifiedFrom   the day after the rectification deadline when not rectified in time
     * @param referToAuthorities 涉嫌犯罪的，移送有关机关处理
     */
    public record MisconductDecision(RectificationStatus status, LocalDate suspendedFrom, LocalDate suspensionEndsOn,
                                     LocalDate disqualifiedFrom, BigDecimal recoveryTotal, boolean referToAuthorities,
                                     List<Basis> basis) implements Decision {
    }

    /**
     * @param violationFrom first day of the violation (查明幼儿园违规起始日期)
     * @param violationTo   last day of the violation: the day before rectification, or the evaluation day if not
     *                      rectified ([platform rule])
     */
    public record ImproperFeesDecision(RectificationStatus status, LocalDate violationFrom, LocalDate violationTo,
                                       List<Recovery> recoveries, BigDecimal recoveryTotal, LocalDate suspendedFrom,
                                       LocalDate suspensionEndsOn, LocalDate disqualifiedFrom, List<Basis> basis)
            implements Decision {
    }

    /** 第十九条: closed (停办) or stripped of the inclusive status on {@code eventOn}. */
    public ClosureDecision onClosureOrStatusLoss(LocalDate eventOn, List<PaidSubsidy> paid) {
        Inputs.date("eventOn", eventOn);
        List<PaidSubsidy> payments = validated(paid);
        LocalDate stopFrom = YearMonth.from(eventOn).plusMonths(1).atDay(1);
        List<Recovery> recoveries = new ArrayList<>();
        for (PaidSubsidy payment : payments) {
            // 已预拨补助资金: the part of each advance that covers the months from the stop on
            Recovery recovery = prorate(payment, stopFrom, payment.periodEnd(), true);
            if (recovery != null) {
                recoveries.add(recovery);
            }
        }
        return new ClosureDecision(eventOn, stopFrom, List.copyOf(recoveries), total(recoveries),
                List.of(Basis.of(Documents.KINDERGARTEN, "第十九条")));
    }

    /**
     * 第二十条: fraud (弄虚作假), obtaining (骗取) or misusing (挪用) subsidy funds.
     *
     * @param relatedFunds the subsidy funds concerned, recovered on disqualification
     * @param rectifiedOn  {@code null} when not rectified (yet)
     * @param evaluatedOn  the day of this decision
     */
    public MisconductDecision onFinancialMisconduct(LocalDate discoveredOn, LocalDate rectificationDeadline,
                                                    LocalDate rectifiedOn, BigDecimal relatedFunds,
                                                    boolean suspectedCrime, LocalDate evaluatedOn) {
        Inputs.date("discoveredOn", discoveredOn);
        Inputs.date("rectificationDeadline", rectificationDeadline);
        Inputs.date("evaluatedOn", evaluatedOn);
        Inputs.nonNegative("relatedFunds", relatedFunds);
        checkOrder(discoveredOn, rectificationDeadline, rectifiedOn, evaluatedOn);
        RectificationStatus status = status(rectificationDeadline, rectifiedOn, evaluatedOn);
        BigDecimal recovery = status == RectificationStatus.DISQUALIFIED ? Money.yuan(relatedFunds) : Money.ZERO;
        return new MisconductDecision(status, discoveredOn,
                status == RectificationStatus.RECTIFIED_IN_TIME ? rectifiedOn : null,
                status == RectificationStatus.DISQUALIFIED ? rectificationDeadline.plusDays(1) : null,
                recovery, suspectedCrime, List.of(Basis.of(Documents.KINDERGARTEN, "第二十条")));
    }

    /**
     * 第二十一条: fees not charged as prescribed, special or interest classes, collection beyond the permitted scope.
     *
     * @param violationStartedOn the established first day of the violation
     * @param rectifiedOn        {@code null} when not rectified (yet)
     */
    /** 第二十一条 improper fees: when the violation started, was discovered, the time set to rectify, the rectification. */
    public record ImproperFees(LocalDate violationStartedOn, LocalDate discoveredOn, LocalDate rectificationDeadline,
                               LocalDate rectifiedOn, List<PaidSubsidy> paid) {
    }

    /** The decision date is the day of the evaluation. */
    @Override
    public ImproperFeesDecision decide(ImproperFees in, LocalDate decisionDate) {
        Inputs.required("input", in);
        return onImproperFees(in.violationStartedOn(), in.discoveredOn(), in.rectificationDeadline(), in.rectifiedOn(),
                decisionDate, in.paid());
    }

    public ImproperFeesDecision onImproperFees(LocalDate violationStartedOn, LocalDate discoveredOn,
                                               LocalDate rectificationDeadline, LocalDate rectifiedOn,
                                               LocalDate evaluatedOn, List<PaidSubsidy> paid) {
        Inputs.date("violationStartedOn", violationStartedOn);
        Inputs.date("discoveredOn", discoveredOn);
        Inputs.date("rectificationDeadline", rectificationDeadline);
        Inputs.date("evaluatedOn", evaluatedOn);
        if (discoveredOn.isBefore(violationStartedOn)) {
            throw new PolicyInputException("discoveredOn", "is before the violation started");
        }
        if (rectifiedOn != null && rectifiedOn.isBefore(violationStartedOn)) {
            throw new PolicyInputException("rectifiedOn", "is before the violation started");
        }
        checkOrder(discoveredOn, rectificationDeadline, rectifiedOn, evaluatedOn);
        List<PaidSubsidy> payments = validated(paid);
        boolean wholeMonths = Inputs.inForce(this.violationPeriodWholeMonths, evaluatedOn);
        RectificationStatus status = status(rectificationDeadline, rectifiedOn, evaluatedOn);
        // [platform rule] the violation ends the day before rectification; if not rectified, it runs to the evaluation.
        LocalDate violationTo = rectifiedOn != null ? rectifiedOn.minusDays(1) : evaluatedOn;
        List<Recovery> recoveries = new ArrayList<>();
        if (!violationTo.isBefore(violationStartedOn)) {
            for (PaidSubsidy payment : payments) {
                Recovery recovery;
                if (payment.kind() == PaidKind.PER_CHILD && wholeMonths) {
                    // [platform rule] kindergarten-violation-period-whole-months: a month touched counts whole.
                    recovery = prorate(payment, YearMonth.from(violationStartedOn).atDay(1),
                            YearMonth.from(violationTo).atEndOfMonth(), true);
                } else {
                    recovery = prorate(payment, violationStartedOn, violationTo, wholeMonths);
                }
                if (recovery != null) {
                    recoveries.add(recovery);
                }
            }
        }
        return new ImproperFeesDecision(status, violationStartedOn, violationTo, List.copyOf(recoveries),
                total(recoveries), discoveredOn, status == RectificationStatus.RECTIFIED_IN_TIME ? rectifiedOn : null,
                status == RectificationStatus.DISQUALIFIED ? rectificationDeadline.plusDays(1) : null,
                List.of(Citation.of(Documents.KINDERGARTEN, "第二十一条", evaluatedOn,
                        violationPeriodWholeMonths)));
    }

    /** 规定期限内: rectification on the deadline day is in time. */
    private static RectificationStatus status(LocalDate deadline, LocalDate rectifiedOn, LocalDate evaluatedOn) {
        if (rectifiedOn != null && !rectifiedOn.isAfter(deadline)) {
            return RectificationStatus.RECTIFIED_IN_TIME;
        }
        return evaluatedOn.isAfter(deadline) ? RectificationStatus.DISQUALIFIED : RectificationStatus.PENDING;
    }

    private static void checkOrder(LocalDate discoveredOn, LocalDate deadline, LocalDate rectifiedOn,
                                   LocalDate evaluatedOn) {
        if (deadline.isBefore(discoveredOn)) {
            throw new PolicyInputException("rectificationDeadline", "is before the discovery date");
        }
        if (evaluatedOn.isBefore(discoveredOn)) {
            throw new PolicyInputException("evaluatedOn", "is before the discovery date");
        }
        if (rectifiedOn != null && rectifiedOn.isAfter(evaluatedOn)) {
            throw new PolicyInputException("rectifiedOn", "is after the evaluation date");
        }
    }

    /**
     * The part of {@code payment} that falls in {@code [from, to]}; the per-child subsidy by whole months when
     * {@code perChildByMonths} (then {@code from}/{@code to} are month bounds), everything else by days.
     */
    private static Recovery prorate(PaidSubsidy payment, LocalDate from, LocalDate to, boolean perChildByMonths) {
        LocalDate start = payment.periodStart().isAfter(from) ? payment.periodStart() : from;
        LocalDate end = payment.periodEnd().isBefore(to) ? payment.periodEnd() : to;
        if (end.isBefore(start)) {
            return null;
        }
        long part;
        long whole;
        if (payment.kind() == PaidKind.PER_CHILD && perChildByMonths) {
            part = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
            whole = ChronoUnit.MONTHS.between(YearMonth.from(payment.periodStart()), YearMonth.from(payment.periodEnd())) + 1;
        } else {
            part = ChronoUnit.DAYS.between(start, end) + 1;
            whole = ChronoUnit.DAYS.between(payment.periodStart(), payment.periodEnd()) + 1;
        }
        BigDecimal amount = Money.yuan(payment.amount().multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 10, Money.ROUNDING));
        return new Recovery(payment, start, end, amount);
    }

    private static BigDecimal total(List<Recovery> recoveries) {
        BigDecimal total = Money.ZERO;
        for (Recovery recovery : recoveries) {
            total = total.add(recovery.amount());
        }
        return total;
    }

    private static List<PaidSubsidy> validated(List<PaidSubsidy> paid) {
        if (paid == null) {
            return List.of();
        }
        for (int i = 0; i < paid.size(); i++) {
            String at = "paid[" + i + "]";
            PaidSubsidy payment = Inputs.required(at, paid.get(i));
            Inputs.required(at + ".kind", payment.kind());
            Inputs.date(at + ".periodStart", payment.periodStart());
            Inputs.date(at + ".periodEnd", payment.periodEnd());
            Inputs.nonNegative(at + ".amount", payment.amount());
            if (payment.periodEnd().isBefore(payment.periodStart())) {
                throw new PolicyInputException(at + ".periodEnd", "is before the period start");
            }
            if (payment.kind() == PaidKind.PER_CHILD && (payment.periodStart().getDayOfMonth() != 1
                    || !payment.periodEnd().equals(YearMonth.from(payment.periodEnd()).atEndOfMonth()))) {
                throw new PolicyInputException(at + ".periodStart",
                        "a per-child subsidy is paid for whole months (first to last day)");
            }
        }
        return List.copyOf(paid);
    }
}

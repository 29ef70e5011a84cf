package cn.beijing.platform.subsidy.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;

/**
 * {@code subsidy.payment-scheduled.v1}: no objection stands after the public notice (第十四条); the finance bureau pays
 * {@code amount} yuan on {@code scheduledOn}, the first working day after the notice window (and after the last
 * objection was resolved).
 */
public record PaymentScheduled(UUID paymentId, UUID applicationId, UUID kindergartenId, UUID noticeId,
                               LocalDate scheduledOn, BigDecimal amount, List<Line> lines, List<Basis> basis) {

    /** One subsidy of the payment: 第五条 per-child advance of a quarter, 第六条 rent, 第八条 preschool aid. */
    public record Line(String kind, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, String article) {
    }
}

package cn.beijing.platform.subsidy.policy.kindergarten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Decision;

/**
 * The payment of an application after its notice (第十四条: 对公示无异议的幼儿园 … 拨付): on the first working day after
 * the window and after the last objection against it was resolved; withheld while the kindergarten is suspended
 * (第二十条, 第二十一条).
 */
public record ScheduledPayment(LocalDate scheduledOn, PaymentStatus status, BigDecimal amount,
                               List<ApplicationAssessment.Line> lines, List<Basis> basis) implements Decision {

    public ScheduledPayment {
        lines = List.copyOf(lines);
        basis = List.copyOf(basis);
    }
}

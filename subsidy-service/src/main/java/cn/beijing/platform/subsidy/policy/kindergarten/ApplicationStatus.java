package cn.beijing.platform.subsidy.policy.kindergarten;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a kindergarten subsidy application stands in the process of 京技管发〔2024〕30号 第九条 (主动申请、审核认定、公开公示):
 * submitted, reviewed (第十一条, 第十二条), decided, on the public notice (第十四条), then held, refused by an upheld
 * objection, scheduled for payment, or stopped when the kindergarten's subsidy ends (第十九条, 第二十条, 第二十一条).
 * {@link KindergartenApplicationProcess} moves an application from one to the next.
 */
public enum ApplicationStatus {
    SUBMITTED,
    REVIEWED,
    APPROVED,
    REJECTED,
    IN_NOTICE,
    PAYMENT_HELD,
    OBJECTION_UPHELD,
    PAYMENT_SCHEDULED,
    STOPPED;

    /** Not yet paid nor refused: stopped when the kindergarten is closed or disqualified. */
    public static final Set<ApplicationStatus> IN_FLIGHT = EnumSet.of(SUBMITTED, REVIEWED, APPROVED, IN_NOTICE,
            PAYMENT_HELD);

    /** Ended without a payment: the kindergarten may apply for the year again. */
    public static final Set<ApplicationStatus> CLOSED_WITHOUT_PAYMENT = EnumSet.of(REJECTED, STOPPED);

    /** Before the officer's decision: documents may be completed and eligibility reviewed again. */
    public boolean beforeDecision() {
        return this == SUBMITTED || this == REVIEWED;
    }

    /** On the notice or held after it: settled when the window closes or the last objection is resolved. */
    public boolean awaitingSettlement() {
        return this == IN_NOTICE || this == PAYMENT_HELD;
    }
}

package cn.beijing.platform.subsidy.policy.kindergarten;

/**
 * A payment instruction after the notice: scheduled (paid from its day), withheld while the kindergarten is suspended
 * (京技管发〔2024〕30号 第二十条, 第二十一条), cancelled when it is disqualified or closed (第十九条).
 */
public enum PaymentStatus {
    SCHEDULED,
    WITHHELD,
    CANCELLED
}

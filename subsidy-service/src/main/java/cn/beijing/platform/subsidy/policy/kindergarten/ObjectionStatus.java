package cn.beijing.platform.subsidy.policy.kindergarten;

/**
 * An objection to a notice entry (京技管发〔2024〕30号 第十四条: 对公示无异议的幼儿园 … 拨付): standing until it is
 * withdrawn, dismissed or upheld. A standing objection holds the payment; an upheld one means no payment.
 */
public enum ObjectionStatus {
    STANDING,
    WITHDRAWN,
    DISMISSED,
    UPHELD
}

package cn.beijing.platform.subsidy.policy.scitech;

/** What a measure of 京技管发〔2024〕31号 gives. */
public enum SupportKind {
    /** Money with an amount the measure fixes. */
    CASH,
    /** A service, not money (措施13 一站式入驻服务, 措施15 揭榜挂帅 scenes and recommendation). */
    SERVICE,
    /** Support is promised but no amount is printed (措施10 专精特新 recognition): decided elsewhere. */
    AMOUNT_NOT_PRINTED
}

package cn.beijing.platform.medical.policy.drg;

/** Where a case stands in special-case review (特例单议, 京医保发〔2024〕24号 四). */
public enum SpecialCaseStatus {
    NONE,
    /** The hospital asked for special-case review. */
    REQUESTED,
    /** Approved by the bureau within the quota: paid per item. */
    APPROVED,
    REJECTED
}

package cn.beijing.platform.medical.policy.drg;

/** How a case is paid under 京医保发〔2024〕24号. */
public enum DrgPaymentMethod {
    /** DRG-paid at weight × rate (三: the 632 groups, employee insurance, 80 designated hospitals). */
    DRG,
    /** DRG-paid at the previous standard (二(一), 三: the 33 kept consumables-procurement groups, every hospital). */
    DRG_KEPT_PREVIOUS_STANDARD,
    /** Paid per item, DRG simulated alongside (三: the other 50 groups, employee insurance, 80 designated hospitals). */
    PER_ITEM_WITH_DRG_SIMULATION,
    /** A DRG-paid case approved as 特例单议: paid per item (四). */
    SPECIAL_CASE_PER_ITEM,
    /**
     * [platform rule] Outside the DRG 2.0 payment scope of 三 (resident insurance outside the 33 groups, or a hospital
     * outside the 80 except for the 33 groups): the notice sets no DRG payment, settled per item.
     */
    NOT_DRG_PAID
}

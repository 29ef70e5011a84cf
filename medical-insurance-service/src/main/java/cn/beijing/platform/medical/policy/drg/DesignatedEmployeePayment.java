package cn.beijing.platform.medical.policy.drg;

/**
 * How a group is paid for employee-insurance cases at the 80 designated hospitals (京医保发〔2024〕24号 三):
 * one of the 632 groups actually paid by DRG, or one of the other 50 groups paid per item with DRG simulated alongside.
 */
public enum DesignatedEmployeePayment {
    DRG,
    PER_ITEM_WITH_DRG_SIMULATION
}

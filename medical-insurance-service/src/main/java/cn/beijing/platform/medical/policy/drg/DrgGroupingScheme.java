package cn.beijing.platform.medical.policy.drg;

/**
 * The counts printed in 京医保发〔2024〕24号 (一: 682 groups; 二(一): 33 kept groups; 三: 80 hospitals, 632 DRG-paid and
 * 50 per-item groups) — used to check that an imported official table is complete.
 */
public record DrgGroupingScheme(int groups, int designatedHospitals, int designatedEmployeeDrgPaidGroups,
                                int designatedEmployeePerItemGroups, int keptConsumablesProcurementGroups) {

    public DrgGroupingScheme {
        if (designatedEmployeeDrgPaidGroups + designatedEmployeePerItemGroups != groups) {
            throw new IllegalArgumentException("DRG-paid " + designatedEmployeeDrgPaidGroups + " + per-item "
                    + designatedEmployeePerItemGroups + " != " + groups + " groups");
        }
        if (keptConsumablesProcurementGroups > groups) {
            throw new IllegalArgumentException("more kept groups than groups");
        }
    }
}

package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A row of the DRG 2.0 group table (附件1, imported data — not printed in the gazette). A kept consumables-procurement
 * group (附件2) carries its previous standard ({@code previousStandard}, yuan); the others carry a weight.
 */
public record DrgGroup(String code, String name, BigDecimal weight, DesignatedEmployeePayment designatedEmployeePayment,
                       boolean keptConsumablesProcurementGroup, BigDecimal previousStandard) {

    public DrgGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(designatedEmployeePayment, "designatedEmployeePayment");
        if (keptConsumablesProcurementGroup) {
            if (previousStandard == null || previousStandard.signum() <= 0) {
                throw new IllegalArgumentException(code + ": a kept consumables-procurement group needs its previous standard");
            }
        } else if (weight == null || weight.signum() <= 0) {
            throw new IllegalArgumentException(code + ": a group needs a positive weight");
        }
    }
}

package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.Objects;

/** Share of a group's surplus retained by the hospital (ratio 0..1), per insurance (京医保发〔2024〕24号 二(二)). */
public record SurplusRetentionRatios(BigDecimal employee, BigDecimal resident) {

    public SurplusRetentionRatios {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(resident, "resident");
        for (BigDecimal r : new BigDecimal[] {employee, resident}) {
            if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a retention ratio lies in [0, 1], was " + r.toPlainString());
            }
        }
    }

    public BigDecimal of(Insurance insurance) {
        return insurance == Insurance.EMPLOYEE ? employee : resident;
    }
}

package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** [platform rule] multiples of the group standard above which a case is flagged high-cost, per hospital level. */
public record HighCostOutlierMultipliers(Map<HospitalLevel, BigDecimal> multipliers) {

    public HighCostOutlierMultipliers {
        multipliers = Map.copyOf(multipliers);
        multipliers.forEach((level, m) -> {
            if (m.compareTo(BigDecimal.ONE) < 0) {
                throw new IllegalArgumentException(level + ": a high-cost multiplier is at least 1");
            }
        });
    }

    public Optional<BigDecimal> of(HospitalLevel level) {
        return Optional.ofNullable(multipliers.get(level));
    }
}

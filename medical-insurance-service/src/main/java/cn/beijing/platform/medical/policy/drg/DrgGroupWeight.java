package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/**
 * One group's trimming and weight. Quartiles, IQR and fences are exact (yuan, no rounding); {@code trimmedMean} is
 * shown HALF_UP to 0.01 yuan; {@code relativeWeight} = exact group trimmed mean ÷ exact overall trimmed mean,
 * rounded once HALF_UP to the configured decimals (4).
 */
public record DrgGroupWeight(String groupCode, int cases, BigDecimal q1, BigDecimal q3, BigDecimal iqr,
                             BigDecimal lowerFence, BigDecimal upperFence, int retainedCases, BigDecimal trimmedMean,
                             BigDecimal relativeWeight, List<Basis> basis) implements PolicyDecision {

    public DrgGroupWeight {
        basis = List.copyOf(basis);
    }
}

package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/**
 * The weights of every group (sorted by group code) and the overall trimmed mean (all retained cases of all groups,
 * HALF_UP 0.01 yuan for display). {@code quartileMethod} says how Q1 and Q3 were computed.
 */
public record DrgWeightCalculationResult(String quartileMethod, BigDecimal lowerFenceMultiplier,
                                         BigDecimal upperFenceMultiplier, int totalCases, int retainedCases,
                                         BigDecimal overallTrimmedMean, List<DrgGroupWeight> groups,
                                         List<Basis> basis) implements PolicyDecision {

    public DrgWeightCalculationResult {
        groups = List.copyOf(groups);
        basis = List.copyOf(basis);
    }
}

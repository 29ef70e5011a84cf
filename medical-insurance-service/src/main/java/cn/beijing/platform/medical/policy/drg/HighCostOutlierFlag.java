package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/** {@code flagged} when {@code actualCost > threshold = multiplier × standard}: a candidate for 特例单议. */
public record HighCostOutlierFlag(boolean flagged, HospitalLevel hospitalLevel, BigDecimal multiplier,
                                  BigDecimal threshold, List<Basis> basis) implements PolicyDecision {

    public HighCostOutlierFlag {
        basis = List.copyOf(basis);
    }
}

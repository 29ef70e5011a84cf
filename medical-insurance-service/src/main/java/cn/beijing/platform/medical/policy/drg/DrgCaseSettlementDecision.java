package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/**
 * A settled case. {@code rate}/{@code standard} are null when no DRG standard applies; {@code simulation} is the DRG
 * payment computed alongside a per-item payment (50 groups) and null otherwise; {@code highCost} is null when no
 * hospital level was given or no standard applies.
 */
public record DrgCaseSettlementDecision(String groupCode, DrgPaymentMethod method, BigDecimal rate,
                                        BigDecimal standard, BigDecimal payment, BigDecimal retainedSurplus,
                                        DrgPaymentEvaluation simulation, HighCostOutlierFlag highCost,
                                        List<Basis> basis) implements PolicyDecision {

    public DrgCaseSettlementDecision {
        basis = List.copyOf(basis);
    }
}

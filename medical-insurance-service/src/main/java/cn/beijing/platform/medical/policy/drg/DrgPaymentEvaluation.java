package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/**
 * {@code payment} is what the fund settles for the case as a whole (before the patient's own cost-sharing):
 * {@code actualCost + retainedSurplus} when {@code actualCost < standard}, otherwise {@code standard}.
 */
public record DrgPaymentEvaluation(BigDecimal rate, BigDecimal standard, BigDecimal payment,
                                   BigDecimal retainedSurplus, List<Basis> basis) implements PolicyDecision {

    public DrgPaymentEvaluation {
        basis = List.copyOf(basis);
    }
}

package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/**
 * A group's payment standard for a case: {@code standard = weight × rate} (yuan, HALF_UP 0.01). {@code rate} is null
 * for the 33 kept consumables-procurement groups, whose standard is their previous one.
 */
public record DrgPaymentStandardDecision(BigDecimal rate, BigDecimal standard, List<Basis> basis)
        implements PolicyDecision {

    public DrgPaymentStandardDecision {
        basis = List.copyOf(basis);
    }
}

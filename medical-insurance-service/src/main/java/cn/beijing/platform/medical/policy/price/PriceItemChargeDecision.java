package cn.beijing.platform.medical.policy.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/** Whether a charge may be made; {@code maximumGuidePrice} is null when none applies on the service date. */
public record PriceItemChargeDecision(String itemCode, LocalDate serviceDate, BigDecimal unitPrice,
                                      PriceItemChargeStatus status, boolean accepted, BigDecimal maximumGuidePrice,
                                      List<Basis> basis) implements PolicyDecision {

    public PriceItemChargeDecision {
        basis = List.copyOf(basis);
    }
}

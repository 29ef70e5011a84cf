package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;

/**
 * The terms of a measure that grants a share of a cost the enterprise bore (fees, post-production cost, investment):
 * {@code ratePercent} of it, at most {@code cap} 万元.
 */
public record ShareOfCost(BigDecimal ratePercent, BigDecimal cap) {

    /** {@code ratePercent} of {@code cost} (yuan), at most the cap, as the award part {@code clause}. */
    AwardPart of(String clause, BigDecimal cost) {
        return AwardPart.percentCapped(clause, cost, ratePercent, cap);
    }
}

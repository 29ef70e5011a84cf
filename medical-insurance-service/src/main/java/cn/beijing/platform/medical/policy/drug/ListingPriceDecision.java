package cn.beijing.platform.medical.policy.drug;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/** {@code allowed} when listing price {@code <=} ceiling ("不得高于"); {@code excess = max(0, price − ceiling)}. */
public record ListingPriceDecision(ListedDrugKind kind, boolean allowed, BigDecimal ceiling, BigDecimal excess,
                                   List<Basis> basis) implements PolicyDecision {

    public ListingPriceDecision {
        basis = List.copyOf(basis);
    }
}

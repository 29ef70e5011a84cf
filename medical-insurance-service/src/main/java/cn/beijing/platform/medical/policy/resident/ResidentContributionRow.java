package cn.beijing.platform.medical.policy.resident;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/**
 * One row of the API table: yuan per person per year, scale 2. {@code total = individual + fiscalSubsidy} is the
 * funding per person ([platform rule]: the notice prints no total).
 */
public record ResidentContributionRow(ResidentCategory category, BigDecimal individual, BigDecimal fiscalSubsidy,
                                      BigDecimal municipalSubsidy, BigDecimal districtSubsidy, BigDecimal total,
                                      List<Basis> basis) implements PolicyDecision {

    public ResidentContributionRow {
        basis = List.copyOf(basis);
    }
}

package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/**
 * {@code mayApproveOneMore} when {@code (approved + 1) <= quota% × discharges}; {@code maximumApprovals} is
 * {@code floor(quota% × discharges)}.
 */
public record SpecialCaseQuotaDecision(boolean mayApproveOneMore, long maximumApprovals, BigDecimal quotaPercent,
                                       List<Basis> basis) implements PolicyDecision {

    public SpecialCaseQuotaDecision {
        basis = List.copyOf(basis);
    }
}

package cn.beijing.platform.medical.drg;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;

/**
 * The special-case quota of a discharge year: DRG discharge cases settled, special cases approved, the most that may
 * be approved ({@code floor(quota% × discharges)}) and whether one more may be approved now.
 */
public record QuotaStatus(int year, long drgDischargeCases, long approvedSpecialCases, long maximumApprovals,
                          BigDecimal quotaPercent, boolean mayApproveOneMore, List<Basis> basis) {
}

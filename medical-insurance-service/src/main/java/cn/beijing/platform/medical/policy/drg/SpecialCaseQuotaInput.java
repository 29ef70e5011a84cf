package cn.beijing.platform.medical.policy.drg;

import java.time.LocalDate;

/** Citywide counts: special cases approved so far and DRG discharge cases, on the decision date. */
public record SpecialCaseQuotaInput(long approvedSpecialCases, long drgDischargeCases, LocalDate decisionDate) {
}

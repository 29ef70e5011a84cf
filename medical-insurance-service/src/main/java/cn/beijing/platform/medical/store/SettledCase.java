package cn.beijing.platform.medical.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.drg.DrgPaymentMethod;
import cn.beijing.platform.medical.policy.drg.Insurance;
import cn.beijing.platform.medical.policy.drg.SpecialCaseStatus;

/**
 * A settled DRG case: the inputs the rule used and its decision. {@code hospitalCaseId} is the hospital's settlement
 * reference (not a medical-record number). {@code countsAsDrgDischarge}: the case is one of the DRG discharge cases the
 * special-case quota is a share of. {@code revision} grows when a special-case approval re-settles the case.
 */
public record SettledCase(UUID id, String hospitalCode, String hospitalCaseId, UUID batchId, String groupCode,
                          Insurance insurance, BigDecimal actualCost, LocalDate dischargeDate, DrgPaymentMethod method,
                          BigDecimal rate, BigDecimal standard, BigDecimal payment, BigDecimal retainedSurplus,
                          BigDecimal simulatedPayment, BigDecimal simulatedRetainedSurplus, Boolean highCostFlagged,
                          BigDecimal highCostThreshold, boolean countsAsDrgDischarge,
                          SpecialCaseStatus specialCaseStatus, String specialCaseDecidedBy,
                          OffsetDateTime specialCaseDecidedAt, int revision, List<Basis> basis, String settledBy,
                          OffsetDateTime settledAt) {

    public SettledCase {
        basis = List.copyOf(basis);
    }
}

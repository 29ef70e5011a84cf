package cn.beijing.platform.medical.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;

/**
 * {@code medical.drg-case-settled.v1}: a case was settled under 京医保发〔2024〕24号. Ids, the group, the payment
 * method and the amounts only — no patient data (no name, no id number, no medical-record number, no diagnosis, no
 * dates of birth; the discharge is given to the month for the fund's accounting period). {@code revision} 1 is the
 * first settlement; a special-case approval re-settles the case with the next revision.
 */
public record DrgCaseSettled(UUID caseId, int revision, String hospitalCode, UUID batchId, String groupCode,
                             String insurance, String method, String dischargeMonth, BigDecimal rate,
                             BigDecimal standard, BigDecimal actualCost, BigDecimal payment, BigDecimal retainedSurplus,
                             BigDecimal simulatedPayment, BigDecimal simulatedRetainedSurplus, Boolean highCostFlagged,
                             String specialCaseStatus, List<Basis> basis) {
}

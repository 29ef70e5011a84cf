package cn.beijing.platform.medical.drg;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.medical.policy.drg.Insurance;

/**
 * A discharged case to settle. {@code hospitalCaseId}: the hospital's own settlement reference, unique per hospital
 * (a replay of the same reference is refused) — never a medical-record number or personal id. The hospital's
 * designation, infectious-disease specialty and level come from the imported hospital list, not from the request.
 */
public record CaseCommand(String hospitalCaseId, String hospitalCode, String groupCode, Insurance insurance,
                          BigDecimal actualCost, LocalDate dischargeDate) {
}

package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A discharged inpatient case for settlement. {@code hospitalLevel} is optional (only the high-cost flag uses it);
 * {@code approvedSpecialCase} is true when the case was approved under 特例单议.
 */
public record DrgCaseInput(String groupCode, String hospitalCode, HospitalLevel hospitalLevel,
                           boolean infectiousDiseaseSpecialty, Insurance insurance, BigDecimal actualCost,
                           LocalDate dischargeDate, boolean approvedSpecialCase) {
}

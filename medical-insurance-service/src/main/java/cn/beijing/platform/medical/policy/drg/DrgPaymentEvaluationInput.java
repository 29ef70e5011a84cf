package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.time.LocalDate;

/** API {@code POST /api/medical-insurance/drg-payment-evaluations}: a DRG-paid case priced by weight × rate. */
public record DrgPaymentEvaluationInput(BigDecimal weight, boolean infectiousDiseaseSpecialty, Insurance insurance,
                                        BigDecimal actualCost, LocalDate dischargeDate) {
}

package cn.beijing.platform.medical.policy;

import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.common.basis.Basis;

/**
 * 京医保发〔2024〕24号 二(一): "病组支付标准为该病组权重与费率的乘积"; the rate is the same for every hospital level,
 * 20425 yuan (parameter {@code drg-base-rate}); infectious-disease specialty hospitals "上浮2%,为20834元" (parameter
 * {@code drg-infectious-disease-specialty-rate}, checked at load against {@code drg-infectious-disease-specialty-uplift}
 * × base rate). In force from 2025-01-01 inclusive (五); [platform rule] a case belongs to DRG 2.0 by its
 * <b>discharge</b> date — a case discharged before the rate's {@code valid_from} is refused on {@code dischargeDate}.
 * Rounding: {@code weight × rate} HALF_UP to 0.01 yuan, once.
 */
public final class DrgPaymentStandard {

    private final EffectiveDated<BigDecimal> baseRate;
    private final EffectiveDated<BigDecimal> infectiousDiseaseSpecialtyRate;

    public DrgPaymentStandard(EffectiveDated<BigDecimal> baseRate,
                              EffectiveDated<BigDecimal> infectiousDiseaseSpecialtyRate) {
        this.baseRate = baseRate;
        this.infectiousDiseaseSpecialtyRate = infectiousDiseaseSpecialtyRate;
    }

    public DrgPaymentStandardDecision standardFor(BigDecimal weight, boolean infectiousDiseaseSpecialty,
                                                  LocalDate dischargeDate) {
        InputChecks.positive(weight, "weight");
        EffectiveDated<BigDecimal> rates = infectiousDiseaseSpecialty ? infectiousDiseaseSpecialtyRate : baseRate;
        ParameterVersion<BigDecimal> inForce = inForceOn(dischargeDate);
        ParameterVersion<BigDecimal> rate = rates.requireOn(dischargeDate, "dischargeDate");
        BigDecimal standard = Money.yuan(weight.multiply(rate.value()));
        return new DrgPaymentStandardDecision(Money.yuan(rate.value()), standard, List.of(
                Basis.of(DRG_2_0, "二(一)").withParameters(rates.citation(rate)),
                Basis.of(DRG_2_0, "五").withParameters(baseRate.citation(inForce))));
    }

    /** The DRG 2.0 window that contains the discharge date; none is a refusal on {@code dischargeDate}. */
    ParameterVersion<BigDecimal> inForceOn(LocalDate dischargeDate) {
        if (dischargeDate == null) {
            throw new PolicyInputException("dischargeDate", "is required");
        }
        return baseRate.versionOn(dischargeDate).orElseThrow(() -> new PolicyInputException("dischargeDate",
                "a case discharged on " + dischargeDate + " is not paid under DRG 2.0 (" + DRG_2_0
                        + " 五: in force from " + baseRate.versions().get(0).validFrom() + ")"));
    }

    Basis inForceBasis(LocalDate dischargeDate) {
        return Basis.of(DRG_2_0, "五").withParameters(baseRate.citation(inForceOn(dischargeDate)));
    }
}

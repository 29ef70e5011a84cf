package cn.beijing.platform.medical.policy.drg;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.parameters.ParameterFileException;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.Money;

/**
 * 京医保发〔2024〕24号 二(一): "病组支付标准为该病组权重与费率的乘积"; the rate is the same for every hospital level,
 * 20425 yuan (parameter {@code drg-base-rate}); infectious-disease specialty hospitals "上浮2%,为20834元" (parameter
 * {@code drg-infectious-disease-specialty-rate}, checked at load against {@code drg-infectious-disease-specialty-uplift}
 * × base rate). In force from 2025-01-01 inclusive (五); [platform rule] a case belongs to DRG 2.0 by its
 * <b>discharge</b> date — a case discharged before the rate's {@code valid_from} is refused on {@code dischargeDate}.
 * Rounding: {@code weight × rate} HALF_UP to 0.01 yuan, once.
 */
@Rule(id = "drg-payment-standard", document = DRG_2_0, article = "二(一)", parameters = {"drg-base-rate",
        "drg-infectious-disease-specialty-rate", "drg-infectious-disease-specialty-uplift"})
public final class DrgPaymentStandard implements Decides<DrgPaymentStandard.Input, DrgPaymentStandardDecision> {

    private final EffectiveDated<BigDecimal> baseRate;
    private final EffectiveDated<BigDecimal> infectiousDiseaseSpecialtyRate;

    /** @param dischargeDate the case's discharge date, which decides */
    public record Input(BigDecimal weight, boolean infectiousDiseaseSpecialty, LocalDate dischargeDate) {
    }

    public DrgPaymentStandard(ParameterSet parameters) {
        baseRate = parameters.get("drg-base-rate", ParameterNode::positive);
        infectiousDiseaseSpecialtyRate = parameters.get("drg-infectious-disease-specialty-rate", ParameterNode::positive);
        checkSpecialtyRate(parameters.get("drg-infectious-disease-specialty-uplift", ParameterNode::percentage));
    }

    /**
     * 二(一) prints both "上浮2%" and "为20834元": for every specialty-rate version, the base rate and uplift in force on
     * its first day must give it, rounded HALF_UP to the yuan (20425 × 1.02 = 20833.5 → 20834).
     */
    private void checkSpecialtyRate(EffectiveDated<BigDecimal> uplift) {
        String file = infectiousDiseaseSpecialtyRate.name() + ".yaml";
        for (EffectiveDated.Version<BigDecimal> specialty : infectiousDiseaseSpecialtyRate.versions()) {
            LocalDate day = specialty.validFrom();
            BigDecimal base = baseRate.find(day).orElseThrow(() -> new ParameterFileException(file,
                    "no base rate on " + day)).value();
            BigDecimal up = uplift.find(day).orElseThrow(() -> new ParameterFileException(file,
                    "no uplift on " + day)).value();
            BigDecimal expected = base.multiply(BigDecimal.ONE.add(up.movePointLeft(2))).setScale(0, RoundingMode.HALF_UP);
            if (expected.compareTo(specialty.value()) != 0) {
                throw new ParameterFileException(file, "rate " + specialty.value().toPlainString() + " on " + day
                        + " is not base " + base.toPlainString() + " + " + up.toPlainString() + "% = "
                        + expected.toPlainString());
            }
        }
    }

    @Override
    public DrgPaymentStandardDecision decide(Input input, LocalDate date) {
        Inputs.required("input", input);
        return standardFor(input.weight(), input.infectiousDiseaseSpecialty(), input.dischargeDate());
    }

    public DrgPaymentStandardDecision standardFor(BigDecimal weight, boolean infectiousDiseaseSpecialty,
                                                  LocalDate dischargeDate) {
        Inputs.positive("weight", weight);
        EffectiveDated<BigDecimal> rates = infectiousDiseaseSpecialty ? infectiousDiseaseSpecialtyRate : baseRate;
        InForce<BigDecimal> inForce = inForceOn(dischargeDate);
        InForce<BigDecimal> rate = rates.on(dischargeDate, "dischargeDate");
        BigDecimal standard = Money.yuan(weight.multiply(rate.value()));
        return new DrgPaymentStandardDecision(Money.yuan(rate.value()), standard, List.of(
                Basis.of(DRG_2_0, "二(一)").withParameters(rate.version()),
                Basis.of(DRG_2_0, "五").withParameters(inForce.version())));
    }

    /** The DRG 2.0 window that contains the discharge date; none is a refusal on {@code dischargeDate}. */
    InForce<BigDecimal> inForceOn(LocalDate dischargeDate) {
        if (dischargeDate == null) {
            throw new PolicyInputException("dischargeDate", "is required");
        }
        return baseRate.find(dischargeDate).orElseThrow(() -> new PolicyInputException("dischargeDate",
                "a case discharged on " + dischargeDate + " is not paid under DRG 2.0 (" + DRG_2_0
                        + " 五: in force from " + baseRate.versions().get(0).validFrom() + ")"));
    }

    Basis inForceBasis(LocalDate dischargeDate) {
        return Basis.of(DRG_2_0, "五").withParameters(inForceOn(dischargeDate).version());
    }
}

package cn.beijing.platform.medical.policy;

import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.common.basis.Basis;

/**
 * [platform rule] The gazette creates 特例单议 (京医保发〔2024〕24号 四) without saying which cases qualify. Following
 * the CHS-DRG guidance ("各地可自行规定"), a case whose actual cost exceeds (strictly, "超过") the multiplier × its group
 * standard is flagged as a special-case candidate: 3× in tertiary, 2× in secondary hospitals (parameter
 * {@code drg-high-cost-outlier-multipliers}). A level without a configured multiplier is refused on
 * {@code hospitalLevel}. The flag never changes the payment: only an approved special case does.
 */
public final class DrgHighCostOutlier {

    private final EffectiveDated<HighCostOutlierMultipliers> multipliers;

    public DrgHighCostOutlier(EffectiveDated<HighCostOutlierMultipliers> multipliers) {
        this.multipliers = multipliers;
    }

    public HighCostOutlierFlag flag(BigDecimal actualCost, BigDecimal standard, HospitalLevel level,
                                    LocalDate dischargeDate) {
        InputChecks.nonNegative(actualCost, "actualCost");
        InputChecks.positive(standard, "standard");
        InputChecks.required(level, "hospitalLevel");
        ParameterVersion<HighCostOutlierMultipliers> version = multipliers.requireOn(dischargeDate, "dischargeDate");
        BigDecimal multiplier = version.value().of(level).orElseThrow(() -> new PolicyInputException("hospitalLevel",
                "no high-cost multiplier is configured for " + level));
        BigDecimal threshold = Money.yuan(standard.multiply(multiplier));
        return new HighCostOutlierFlag(actualCost.compareTo(threshold) > 0, level, multiplier, threshold,
                List.of(Basis.of(DRG_2_0, "四").withParameters(multipliers.citation(version))));
    }
}

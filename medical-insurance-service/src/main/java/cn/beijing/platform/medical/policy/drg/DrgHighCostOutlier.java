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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.Money;

/**
 * [platform rule] The gazette creates 特例单议 (京医保发〔2024〕24号 四) without saying which cases qualify. Following
 * the CHS-DRG guidance ("各地可自行规定"), a case whose actual cost exceeds (strictly, "超过") the multiplier × its group
 * standard is flagged as a special-case candidate: 3× in tertiary, 2× in secondary hospitals (parameter
 * {@code drg-high-cost-outlier-multipliers}). A level without a configured multiplier is refused on
 * {@code hospitalLevel}. The flag never changes the payment: only an approved special case does.
 */
@Rule(id = "drg-high-cost-outlier", document = DRG_2_0, article = "四", parameters = "drg-high-cost-outlier-multipliers")
public final class DrgHighCostOutlier implements Decides<DrgHighCostOutlier.Input, HighCostOutlierFlag> {

    private final EffectiveDated<HighCostOutlierMultipliers> multipliers;

    public record Input(BigDecimal actualCost, BigDecimal standard, HospitalLevel hospitalLevel,
                        LocalDate dischargeDate) {
    }

    public DrgHighCostOutlier(ParameterSet parameters) {
        multipliers = parameters.get("drg-high-cost-outlier-multipliers",
                v -> new HighCostOutlierMultipliers(v.enumMap(HospitalLevel.class, ParameterNode::decimal)));
    }

    /** The multipliers in force on {@code date}, else the latest (to check an imported hospital list). */
    public HighCostOutlierMultipliers currentMultipliers(LocalDate date) {
        return multipliers.onOrLatest(date).value();
    }

    @Override
    public HighCostOutlierFlag decide(Input input, LocalDate date) {
        Inputs.required("input", input);
        return flag(input.actualCost(), input.standard(), input.hospitalLevel(), input.dischargeDate());
    }

    public HighCostOutlierFlag flag(BigDecimal actualCost, BigDecimal standard, HospitalLevel level,
                                    LocalDate dischargeDate) {
        Inputs.nonNegative("actualCost", actualCost);
        Inputs.positive("standard", standard);
        Inputs.required("hospitalLevel", level);
        InForce<HighCostOutlierMultipliers> version = multipliers.on(dischargeDate, "dischargeDate");
        BigDecimal multiplier = version.value().of(level).orElseThrow(() -> new PolicyInputException("hospitalLevel",
                "no high-cost multiplier is configured for " + level));
        BigDecimal threshold = Money.yuan(standard.multiply(multiplier));
        return new HighCostOutlierFlag(actualCost.compareTo(threshold) > 0, level, multiplier, threshold,
                List.of(Basis.of(DRG_2_0, "四").withParameters(version.version())));
    }
}

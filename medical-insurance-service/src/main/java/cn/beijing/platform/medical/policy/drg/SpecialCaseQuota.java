package cn.beijing.platform.medical.policy.drg;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.DecidesByInput;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.beijing.platform.policy.Basis;

/**
 * 京医保发〔2024〕24号 四: "全市特例单议数量原则上不超过DRG出院总病例的5%" — "不超过" includes the number:
 * approvals {@code <=} 5% of DRG discharge cases (parameter {@code drg-special-case-quota}). A pure check: may one
 * more case be approved given the counts? Exact integer arithmetic, no rounding: {@code (approved+1)·100 <= p·discharges}.
 */
@Rule(id = "special-case-quota", document = DRG_2_0, article = "四", parameters = "drg-special-case-quota")
public final class SpecialCaseQuota implements DecidesByInput<SpecialCaseQuotaInput, SpecialCaseQuotaDecision> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EffectiveDated<BigDecimal> quotaPercent;

    public SpecialCaseQuota(ParameterSet parameters) {
        quotaPercent = parameters.get("drg-special-case-quota", ParameterNode::percentage);
    }

    /** Whether one more case may be approved; the input's decision date decides. */
    @Override
    public SpecialCaseQuotaDecision evaluate(SpecialCaseQuotaInput input) {
        Inputs.required("input", input);
        long approved = Inputs.nonNegative("approvedSpecialCases", input.approvedSpecialCases());
        long discharges = Inputs.nonNegative("drgDischargeCases", input.drgDischargeCases());
        if (approved > discharges) {
            throw new PolicyInputException("approvedSpecialCases", "exceeds the DRG discharge cases");
        }
        InForce<BigDecimal> version = quotaPercent.on(input.decisionDate(), "decisionDate");
        BigDecimal allowedTimesHundred = version.value().multiply(BigDecimal.valueOf(discharges));
        boolean allowed = BigDecimal.valueOf(approved + 1).multiply(HUNDRED).compareTo(allowedTimesHundred) <= 0;
        long maximum = allowedTimesHundred.divide(HUNDRED, 0, RoundingMode.FLOOR).longValueExact();
        return new SpecialCaseQuotaDecision(allowed, maximum, version.value(),
                List.of(Basis.of(DRG_2_0, "四").withParameters(version.version())));
    }
}

package cn.beijing.platform.medical.policy.drug;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/**
 * Totals for the quantity: {@code reimbursableBase = min(P, S) × q} is settled under the insurance rules,
 * {@code insuredExtra = max(0, P − S) × q} is borne by the insured. Yuan, scale 2, HALF_UP on each total.
 */
public record DrugPriceEvaluation(BigDecimal reimbursableBase, BigDecimal insuredExtra, List<Basis> basis)
        implements PolicyDecision {

    public DrugPriceEvaluation {
        basis = List.copyOf(basis);
    }
}

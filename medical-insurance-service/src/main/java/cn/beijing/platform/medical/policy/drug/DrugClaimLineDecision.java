package cn.beijing.platform.medical.policy.drug;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/**
 * A claim line's split: {@code reimbursableBase} goes on to the usual cost-sharing rules; {@code insuredExtra} is
 * borne wholly by the insured (the part above the payment standard, or the whole line when not payable).
 * Each is a total for the quantity, rounded once HALF_UP to 0.01 yuan.
 */
public record DrugClaimLineDecision(DrugCatalogueStatus status, boolean payable, BigDecimal reimbursableBase,
                                    BigDecimal insuredExtra, List<Basis> basis) implements PolicyDecision {

    public DrugClaimLineDecision {
        basis = List.copyOf(basis);
    }
}

package cn.beijing.platform.medical.policy.drug;

import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/**
 * {@code addedToScope}: the drug is added to the disease's drug scope by 二(六)/二(七); {@code matchedBy} is the
 * category-code prefix or drug name that matched (null when not added). {@code false} means "not added by this
 * notice": the scope the disease already had is imported data, not decided here.
 */
public record OutpatientSpecialDiseaseScopeDecision(OutpatientSpecialDisease disease, boolean addedToScope,
                                                    String matchedBy, List<Basis> basis) implements PolicyDecision {

    public OutpatientSpecialDiseaseScopeDecision {
        basis = List.copyOf(basis);
    }
}

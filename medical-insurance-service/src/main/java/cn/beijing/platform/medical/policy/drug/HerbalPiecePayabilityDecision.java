package cn.beijing.platform.medical.policy.drug;

import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/** Whether a herbal piece is payable by the fund in the given use. */
public record HerbalPiecePayabilityDecision(String name, HerbalUse use, HerbalExclusion exclusion, boolean payable,
                                            boolean sampleList, List<Basis> basis) implements PolicyDecision {

    public HerbalPiecePayabilityDecision {
        basis = List.copyOf(basis);
    }
}

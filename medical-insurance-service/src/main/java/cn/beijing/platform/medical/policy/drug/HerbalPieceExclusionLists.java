package cn.beijing.platform.medical.policy.drug;

import java.util.Set;

/**
 * The herbal-pieces part of the 2024 catalogue (京医保发〔2024〕21号 一(二)), an exclusion method: names not payable
 * whether alone or in a compound, and names not payable alone but payable when reasonably used in a compound.
 * {@code sample} marks a shipped list that is NOT the official attachment (the attachment is not printed in the gazette).
 */
public record HerbalPieceExclusionLists(Set<String> notPayableAloneOrInCompound, Set<String> notPayableAlone,
                                        boolean sample) {

    public HerbalPieceExclusionLists {
        notPayableAloneOrInCompound = Set.copyOf(notPayableAloneOrInCompound);
        notPayableAlone = Set.copyOf(notPayableAlone);
        for (String name : notPayableAlone) {
            if (notPayableAloneOrInCompound.contains(name)) {
                throw new IllegalArgumentException(name + " is on both herbal exclusion lists");
            }
        }
    }
}

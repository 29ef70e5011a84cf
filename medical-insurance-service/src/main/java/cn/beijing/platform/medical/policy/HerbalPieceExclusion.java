package cn.beijing.platform.medical.policy;

import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRUG_CATALOGUE_2024;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.common.basis.Basis;

/**
 * 京医保发〔2024〕21号 一(二): the herbal-pieces part lists pieces not payable alone or in a compound, and pieces not
 * payable alone but payable in a reasonable compound; all other herbal pieces are payable.
 * [platform rule] "合理使用" (reasonable use in the compound) is a clinical judgement outside this rule: a compound
 * use is taken as reasonable.
 */
public final class HerbalPieceExclusion {

    static final String ARTICLE = "一(二)";

    private final EffectiveDated<HerbalPieceExclusionLists> lists;

    public HerbalPieceExclusion(EffectiveDated<HerbalPieceExclusionLists> lists) {
        this.lists = lists;
    }

    public HerbalPiecePayabilityDecision evaluate(String herbName, HerbalUse use, LocalDate serviceDate) {
        String name = InputChecks.code(herbName, "herbName");
        InputChecks.required(use, "herbalUse");
        ParameterVersion<HerbalPieceExclusionLists> version = lists.requireOn(serviceDate, "serviceDate");
        HerbalPieceExclusionLists in = version.value();
        HerbalExclusion exclusion;
        boolean payable;
        if (in.notPayableAloneOrInCompound().contains(name)) {
            exclusion = HerbalExclusion.NOT_PAYABLE_ALONE_OR_IN_COMPOUND;
            payable = false;
        } else if (in.notPayableAlone().contains(name)) {
            exclusion = HerbalExclusion.NOT_PAYABLE_ALONE;
            payable = use == HerbalUse.COMPOUND;
        } else {
            exclusion = HerbalExclusion.NOT_LISTED;
            payable = true;
        }
        return new HerbalPiecePayabilityDecision(name, use, exclusion, payable, in.sample(),
                List.of(Basis.of(DRUG_CATALOGUE_2024, ARTICLE).withParameters(lists.citation(version))));
    }
}

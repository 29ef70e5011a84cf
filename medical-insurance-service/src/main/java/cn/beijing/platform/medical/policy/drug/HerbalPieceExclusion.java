package cn.beijing.platform.medical.policy.drug;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRUG_CATALOGUE_2024;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;

/**
 * 京医保发〔2024〕21号 一(二): the herbal-pieces part lists pieces not payable alone or in a compound, and pieces not
 * payable alone but payable in a reasonable compound; all other herbal pieces are payable.
 * [platform rule] "合理使用" (reasonable use in the compound) is a clinical judgement outside this rule: a compound
 * use is taken as reasonable.
 */
@Rule(id = "herbal-piece", document = DRUG_CATALOGUE_2024, article = HerbalPieceExclusion.ARTICLE, parameters = "herbal-piece-exclusions")
public final class HerbalPieceExclusion implements Decides<HerbalPieceExclusion.Input, HerbalPiecePayabilityDecision> {

    static final String ARTICLE = "一(二)";

    private final EffectiveDated<HerbalPieceExclusionLists> lists;

    public record Input(String herbName, HerbalUse herbalUse) {
    }

    public HerbalPieceExclusion(ParameterSet parameters) {
        this(parameters.get("herbal-piece-exclusions", HerbalPieceExclusionLists.class));
    }

    private HerbalPieceExclusion(EffectiveDated<HerbalPieceExclusionLists> lists) {
        this.lists = lists;
    }

    /** The same rule over imported lists (the herbal part of an imported catalogue), cited as {@code name@validFrom}. */
    public HerbalPieceExclusion withImportedLists(String name, LocalDate validFrom, HerbalPieceExclusionLists imported) {
        return new HerbalPieceExclusion(EffectiveDated.single(name, validFrom, imported));
    }

    /** Whether the lists are the shipped SAMPLE ones, not an official attachment. */
    public boolean sampleLists() {
        return lists.versions().stream().anyMatch(v -> v.value().sample());
    }

    /** {@code serviceDate}: the day the pieces were dispensed. */
    @Override
    public HerbalPiecePayabilityDecision decide(Input input, LocalDate serviceDate) {
        Inputs.required("input", input);
        return evaluate(input.herbName(), input.herbalUse(), serviceDate);
    }

    public HerbalPiecePayabilityDecision evaluate(String herbName, HerbalUse use, LocalDate serviceDate) {
        String name = Inputs.code("herbName", herbName);
        Inputs.required("herbalUse", use);
        InForce<HerbalPieceExclusionLists> version = lists.on(serviceDate, "serviceDate");
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
                List.of(Basis.of(DRUG_CATALOGUE_2024, ARTICLE).withParameters(version.version())));
    }
}

package cn.beijing.platform.subsidy.policy.scitech;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.policy.Inputs;

/**
 * 措施15 数字文化新场景 (a service, no money; docs/POLICY.md omits it): scenes built by 揭榜挂帅 in Yizhuang and
 * recommendation to Beijing-level demonstration scenes.
 */
@Rule(id = "sci-tech-culture-measure-15", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 15")
public final class NewScenes implements SciTechCultureMeasure<NewScenes.Claim> {

    static final int MEASURE = 15;

    /** @param selectedOrRecommended selected by 揭榜挂帅, or recommended to a Beijing demonstration scene */
    public record Claim(boolean selectedOrRecommended) {
    }

    @Override
    public CultureSupportDecision decide(Claim in, LocalDate decisionDate) {
        List<Basis> basis = List.of(Basis.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE)));
        return Inputs.required("input", in).selectedOrRecommended()
                ? CultureSupportDecision.of(MEASURE, List.of(AwardPart.service("SCENE_OPENING_OR_RECOMMENDATION")),
                        List.of(), basis)
                : CultureSupportDecision.of(MEASURE, List.of(), List.of(CultureSupportDecision.failure(MEASURE,
                        "NOT_SELECTED", "not selected (揭榜挂帅) nor recommended")), basis);
    }
}

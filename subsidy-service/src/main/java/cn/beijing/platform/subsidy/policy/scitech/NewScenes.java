package cn.beijing.platform.subsidy.policy.scitech;

import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.subsidy.policy.Documents;

/**
 * 措施15 数字文化新场景 (a service, no money; docs/POLICY.md omits it): scenes built by 揭榜挂帅 in Yizhuang and
 * recommendation to Beijing-level demonstration scenes.
 */
@Rule(id = "sci-tech-culture-measure-15", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 15")
public final class NewScenes extends ServiceMeasure<NewScenes.Claim> {

    /** @param selectedOrRecommended selected by 揭榜挂帅, or recommended to a Beijing demonstration scene */
    public record Claim(boolean selectedOrRecommended) {
    }

    public NewScenes() {
        super(15, "SCENE_OPENING_OR_RECOMMENDATION", "NOT_SELECTED", "not selected (揭榜挂帅) nor recommended",
                Claim::selectedOrRecommended);
    }
}

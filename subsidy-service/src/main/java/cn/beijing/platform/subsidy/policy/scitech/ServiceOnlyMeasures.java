package cn.beijing.platform.subsidy.policy.scitech;

import java.util.List;

import cn.beijing.platform.common.basis.Basis;
import cn.beijing.platform.subsidy.policy.Documents;

/**
 * The two measures of 京技管发〔2024〕31号 that grant services, not money (POLICY.md omits them):
 * 措施13 产业聚集 — enterprises moving into the key parks (高新视听产业园, 智慧电竞赛事中心, 智慧融媒创新中心…) get a
 * one-stop move-in service; 措施15 数字文化新场景 — scenes built by 揭榜挂帅 and recommendation to Beijing-level
 * demonstration scenes. Either yields a decision with no cash amount.
 */
public final class ServiceOnlyMeasures {

    static final int PARK_CLUSTERING = 13;
    static final int NEW_SCENES = 15;

    /** 措施13: moving into a key sci-tech/culture park. */
    public CultureSupportDecision parkClustering(boolean movesIntoKeyPark) {
        List<Basis> basis = List.of(Basis.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(PARK_CLUSTERING)));
        return movesIntoKeyPark
                ? CultureSupportDecision.of(PARK_CLUSTERING, List.of(AwardPart.service("ONE_STOP_MOVE_IN_SERVICE")),
                        List.of(), basis)
                : CultureSupportDecision.of(PARK_CLUSTERING, List.of(), List.of(CultureSupportDecision.failure(
                        PARK_CLUSTERING, "NOT_IN_KEY_PARK", "does not move into a key sci-tech/culture park")), basis);
    }

    /** 措施15: selected by 揭榜挂帅 for an innovative scene in Yizhuang, or recommended to the Beijing level. */
    public CultureSupportDecision newScenes(boolean selectedOrRecommended) {
        List<Basis> basis = List.of(Basis.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(NEW_SCENES)));
        return selectedOrRecommended
                ? CultureSupportDecision.of(NEW_SCENES, List.of(AwardPart.service("SCENE_OPENING_OR_RECOMMENDATION")),
                        List.of(), basis)
                : CultureSupportDecision.of(NEW_SCENES, List.of(), List.of(CultureSupportDecision.failure(
                        NEW_SCENES, "NOT_SELECTED", "not selected (揭榜挂帅) nor recommended")), basis);
    }
}

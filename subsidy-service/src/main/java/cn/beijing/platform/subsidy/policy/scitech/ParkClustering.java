package cn.beijing.platform.subsidy.policy.scitech;

import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.subsidy.policy.Documents;

/**
 * 措施13 产业聚集 (a service, no money; docs/POLICY.md omits it): enterprises moving into the key parks (高新视听产业园,
 * 智慧电竞赛事中心, 智慧融媒创新中心…) get a one-stop move-in service.
 */
@Rule(id = "sci-tech-culture-measure-13", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 13")
public final class ParkClustering extends ServiceMeasure<ParkClustering.Claim> {

    /** @param movesIntoKeyPark moves into a key sci-tech/culture park */
    public record Claim(boolean movesIntoKeyPark) {
    }

    public ParkClustering() {
        super(13, "ONE_STOP_MOVE_IN_SERVICE", "NOT_IN_KEY_PARK", "does not move into a key sci-tech/culture park",
                Claim::movesIntoKeyPark);
    }
}

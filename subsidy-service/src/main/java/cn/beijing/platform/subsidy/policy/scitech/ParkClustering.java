package cn.beijing.platform.subsidy.policy.scitech;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.policy.Inputs;

/**
 * 措施13 产业聚集 (a service, no money; docs/POLICY.md omits it): enterprises moving into the key parks (高新视听产业园,
 * 智慧电竞赛事中心, 智慧融媒创新中心…) get a one-stop move-in service.
 */
@Rule(id = "sci-tech-culture-measure-13", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 13")
public final class ParkClustering implements SciTechCultureMeasure<ParkClustering.Claim> {

    static final int MEASURE = 13;

    /** @param movesIntoKeyPark moves into a key sci-tech/culture park */
    public record Claim(boolean movesIntoKeyPark) {
    }

    @Override
    public CultureSupportDecision decide(Claim in, LocalDate decisionDate) {
        List<Basis> basis = List.of(Basis.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE)));
        return Inputs.required("input", in).movesIntoKeyPark()
                ? CultureSupportDecision.of(MEASURE, List.of(AwardPart.service("ONE_STOP_MOVE_IN_SERVICE")), List.of(),
                        basis)
                : CultureSupportDecision.of(MEASURE, List.of(), List.of(CultureSupportDecision.failure(MEASURE,
                        "NOT_IN_KEY_PARK", "does not move into a key sci-tech/culture park")), basis);
    }
}

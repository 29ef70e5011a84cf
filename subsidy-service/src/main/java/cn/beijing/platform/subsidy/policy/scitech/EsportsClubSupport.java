package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterKey;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EsportsEvent;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EventClass;

/**
 * 措施12 职业电竞俱乐部落地及参赛: a home court of an international or national league (cup) alliance club moving in →
 * one-time 500万; third place or better in an international professional event → 300万; in a national one → 100万;
 * a club gets the international and the national result award once each per year.
 */
@Rule(id = "sci-tech-culture-measure-12", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 12",
        parameters = {"sci-tech-culture-measure-12-esports-clubs", "sci-tech-culture-esports-event-definition"})
public final class EsportsClubSupport extends TermsMeasure<EsportsClubSupport.Input, EsportsClubSupport.Terms> {

    /** Amounts in 万元; {@code lowestQualifyingRank} 3 = 季军. */
    public record Terms(BigDecimal homeCourt, BigDecimal internationalResult, BigDecimal nationalResult,
                        @ParameterKey("lowest_qualifying_rank_count") int lowestQualifyingRank,
                        @ParameterKey("result_awards_per_level_per_year_count") int resultAwardsPerLevelPerYear) {
    }

    /** @param rank 1 = champion */
    public record EventResult(EsportsEvent event, int rank) {
    }

    /**
     * @param homeCourtMovedIn                       an alliance club's home court settles in Yizhuang this year
     * @param homeCourtAwardedBefore                 the one-time home-court award was already granted
     * @param internationalResultAwardsThisYear      international result awards already granted this year
     * @param nationalResultAwardsThisYear           national result awards already granted this year
     */
    public record Input(boolean homeCourtMovedIn, boolean homeCourtAwardedBefore, List<EventResult> results,
                        int internationalResultAwardsThisYear, int nationalResultAwardsThisYear) {
    }

    private final EsportsEventClassification classification;

    public EsportsClubSupport(ParameterSet parameters) {
        super(12, parameters, Terms.class);
        this.classification = new EsportsEventClassification(parameters);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        Inputs.nonNegative("internationalResultAwardsThisYear", in.internationalResultAwardsThisYear());
        Inputs.nonNegative("nationalResultAwardsThisYear", in.nationalResultAwardsThisYear());
        Terms t = terms(decisionDate);
        List<EventResult> results = in.results() == null ? List.of() : in.results();
        boolean international = false;
        boolean national = false;
        for (int i = 0; i < results.size(); i++) {
            EventResult result = Inputs.required("results[" + i + "]", results.get(i));
            if (result.rank() < 1) {
                throw new PolicyInputException("results[" + i + "].rank", "must be 1 or more");
            }
            EventClass eventClass = classification.classify(Inputs.required("results[" + i + "].event",
                    result.event()), decisionDate);
            if (result.rank() <= t.lowestQualifyingRank()) {
                international |= eventClass == EventClass.INTERNATIONAL;
                national |= eventClass == EventClass.NATIONAL;
            }
        }
        List<AwardPart> parts = new ArrayList<>();
        if (in.homeCourtMovedIn() && !in.homeCourtAwardedBefore()) {
            parts.add(AwardPart.fixed("HOME_COURT", t.homeCourt()));
        }
        if (international && in.internationalResultAwardsThisYear() < t.resultAwardsPerLevelPerYear()) {
            parts.add(AwardPart.fixed("INTERNATIONAL_RESULT", t.internationalResult()));
        }
        if (national && in.nationalResultAwardsThisYear() < t.resultAwardsPerLevelPerYear()) {
            parts.add(AwardPart.fixed("NATIONAL_RESULT", t.nationalResult()));
        }
        conditions.require(!parts.isEmpty(), "NO_HOME_COURT_OR_RESULT",
                "no new home court and no third place or better in a qualifying event not yet awarded this year");
        return parts;
    }

    @Override
    List<Basis> alsoCited(Input in, LocalDate decisionDate) {
        return List.of(classification.basis(decisionDate));
    }
}

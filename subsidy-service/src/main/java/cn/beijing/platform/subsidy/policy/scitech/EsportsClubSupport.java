package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Parameter;
import cn.beijing.platform.subsidy.policy.PolicyInputException;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EsportsEvent;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EventClass;

/**
 * 措施12 职业电竞俱乐部落地及参赛: a home court of an international or national league (cup) alliance club moving in →
 * one-time 500万; third place or better in an international professional event → 300万; in a national one → 100万;
 * a club gets the international and the national result award once each per year.
 */
public final class EsportsClubSupport {

    static final int MEASURE = 12;

    /** Amounts in 万元; {@code lowestQualifyingRank} 3 = 季军. */
    public record Terms(BigDecimal homeCourt, BigDecimal internationalResult, BigDecimal nationalResult,
                        int lowestQualifyingRank, int resultAwardsPerLevelPerYear) {
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

    private final Parameter<Terms> terms;
    private final EsportsEventClassification classification;

    public EsportsClubSupport(SciTechCultureParameters parameters) {
        this.terms = parameters.measure12();
        this.classification = new EsportsEventClassification(parameters);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        Inputs.nonNegative("internationalResultAwardsThisYear", in.internationalResultAwardsThisYear());
        Inputs.nonNegative("nationalResultAwardsThisYear", in.nationalResultAwardsThisYear());
        Terms t = Inputs.inForce(terms, decisionDate);
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
        List<Failure> notes = new ArrayList<>();
        if (in.homeCourtMovedIn() && !in.homeCourtAwardedBefore()) {
            parts.add(AwardPart.fixed("HOME_COURT", t.homeCourt()));
        }
        if (international && in.internationalResultAwardsThisYear() < t.resultAwardsPerLevelPerYear()) {
            parts.add(AwardPart.fixed("INTERNATIONAL_RESULT", t.internationalResult()));
        }
        if (national && in.nationalResultAwardsThisYear() < t.resultAwardsPerLevelPerYear()) {
            parts.add(AwardPart.fixed("NATIONAL_RESULT", t.nationalResult()));
        }
        if (parts.isEmpty()) {
            notes.add(CultureSupportDecision.failure(MEASURE, "NO_HOME_COURT_OR_RESULT",
                    "no new home court and no third place or better in a qualifying event not yet awarded this year"));
        }
        return CultureSupportDecision.of(MEASURE, parts, notes,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms), classification.basis(decisionDate)));
    }
}

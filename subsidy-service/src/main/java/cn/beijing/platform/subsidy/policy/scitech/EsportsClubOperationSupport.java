package cn.beijing.platform.subsidy.policy.scitech;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EsportsEvent;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EventClass;

/**
 * 措施11 职业电竞俱乐部运营: a club that took part in an international or national professional esports event (附则10)
 * in the year → 50% of the operating costs actually spent in the Yizhuang new town that year (training, insurance,
 * equipment, software, fit-out), at most 200万 a year.
 */
@Rule(id = "sci-tech-culture-measure-11", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 11",
        parameters = {"sci-tech-culture-measure-11-esports-club-operations", "sci-tech-culture-esports-event-definition"})
public final class EsportsClubOperationSupport implements SciTechCultureMeasure<EsportsClubOperationSupport.Input> {

    static final int MEASURE = 11;

    /** @param annualCap 万元 */
    public record Terms(BigDecimal ratePercent, BigDecimal annualCap) {
    }

    /** @param operatingCostsInYizhuang yuan, for the year */
    public record Input(List<EsportsEvent> eventsTakenPartIn, BigDecimal operatingCostsInYizhuang) {
    }

    private final EffectiveDated<Terms> terms;
    private final EsportsEventClassification classification;

    public EsportsClubOperationSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-11-esports-club-operations", Terms.class);
        this.classification = new EsportsEventClassification(parameters);
    }

    @Override
    public CultureSupportDecision decide(EsportsClubOperationSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal costs = Inputs.nonNegative("operatingCostsInYizhuang", in.operatingCostsInYizhuang());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<EsportsEvent> events = in.eventsTakenPartIn() == null ? List.of() : in.eventsTakenPartIn();
        boolean qualifyingEvent = false;
        for (EsportsEvent event : events) {
            qualifyingEvent |= classification.classify(event, decisionDate) != EventClass.NONE;
        }
        List<Failure> failures = new ArrayList<>();
        if (!qualifyingEvent) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NO_PROFESSIONAL_EVENT",
                    "took part in no international or national professional esports event (三、附则 10)"));
        }
        List<AwardPart> parts = failures.isEmpty()
                ? List.of(AwardPart.percentCapped("OPERATING_COSTS", costs, t.ratePercent(), t.annualCap())) : List.of();
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms), classification.basis(decisionDate)));
    }
}

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
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EsportsEvent;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EventClass;

/**
 * 措施11 职业电竞俱乐部运营: a club that took part in an international or national professional esports event (附则10)
 * in the year → 50% of the operating costs actually spent in the Yizhuang new town that year (training, insurance,
 * equipment, software, fit-out), at most 200万 a year.
 */
public final class EsportsClubOperationSupport {

    static final int MEASURE = 11;

    /** @param annualCap 万元 */
    public record Terms(BigDecimal ratePercent, BigDecimal annualCap) {
    }

    /** @param operatingCostsInYizhuang yuan, for the year */
    public record Input(List<EsportsEvent> eventsTakenPartIn, BigDecimal operatingCostsInYizhuang) {
    }

    private final Parameter<Terms> terms;
    private final EsportsEventClassification classification;

    public EsportsClubOperationSupport(SciTechCultureParameters parameters) {
        this.terms = parameters.measure11();
        this.classification = new EsportsEventClassification(parameters);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal costs = Inputs.nonNegative("operatingCostsInYizhuang", in.operatingCostsInYizhuang());
        Terms t = Inputs.inForce(terms, decisionDate);
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

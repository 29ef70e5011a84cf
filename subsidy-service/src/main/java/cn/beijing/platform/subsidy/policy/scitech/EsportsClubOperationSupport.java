package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EsportsEvent;
import cn.beijing.platform.subsidy.policy.scitech.EsportsEventClassification.EventClass;

/**
 * 措施11 职业电竞俱乐部运营: a club that took part in an international or national professional esports event (附则10)
 * in the year → 50% of the operating costs actually spent in the Yizhuang new town that year (training, insurance,
 * equipment, software, fit-out), at most 200万 a year.
 */
@Rule(id = "sci-tech-culture-measure-11", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 11",
        parameters = {"sci-tech-culture-measure-11-esports-club-operations", "sci-tech-culture-esports-event-definition"})
public final class EsportsClubOperationSupport extends TermsMeasure<EsportsClubOperationSupport.Input, EsportsClubOperationSupport.Terms> {

    /** @param annualCap 万元 */
    public record Terms(BigDecimal ratePercent, BigDecimal annualCap) {
    }

    /** @param operatingCostsInYizhuang yuan, for the year */
    public record Input(List<EsportsEvent> eventsTakenPartIn, BigDecimal operatingCostsInYizhuang) {
    }

    private final EsportsEventClassification classification;

    public EsportsClubOperationSupport(ParameterSet parameters) {
        super(11, parameters, Terms.class);
        this.classification = new EsportsEventClassification(parameters);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        BigDecimal costs = Inputs.nonNegative("operatingCostsInYizhuang", in.operatingCostsInYizhuang());
        Terms t = terms(decisionDate);
        List<EsportsEvent> events = in.eventsTakenPartIn() == null ? List.of() : in.eventsTakenPartIn();
        boolean qualifyingEvent = false;
        for (EsportsEvent event : events) {
            qualifyingEvent |= classification.classify(event, decisionDate) != EventClass.NONE;
        }
        conditions.require(qualifyingEvent, "NO_PROFESSIONAL_EVENT",
                "took part in no international or national professional esports event (三、附则 10)");
        return List.of(AwardPart.percentCapped("OPERATING_COSTS", costs, t.ratePercent(), t.annualCap()));
    }

    @Override
    List<Basis> alsoCited(Input in, LocalDate decisionDate) {
        return List.of(classification.basis(decisionDate));
    }
}

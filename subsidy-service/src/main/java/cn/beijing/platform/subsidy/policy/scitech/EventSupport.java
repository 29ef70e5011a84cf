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
 * 措施18 品牌活动和职业电竞赛事 in the Yizhuang new town:
 * <ul>
 * <li>forums, summits, expos of provincial/ministerial level or above → one-time 50% of venue rent, build and
 * equipment rental, international at most 100万, domestic at most 50万;</li>
 * <li>international or national professional esports events (附则10) → 30% of the prize, venue rent, build and
 * equipment rental spent each year, international at most 500万 a year, national at most 200万 a year.</li>
 * </ul>
 */
@Rule(id = "sci-tech-culture-measure-18", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 18",
        parameters = {"sci-tech-culture-measure-18-events", "sci-tech-culture-esports-event-definition"})
public final class EventSupport extends TermsMeasure<EventSupport.Claim, EventSupport.Terms> {

    /** Caps in 万元. */
    public record Terms(BigDecimal forumRatePercent, BigDecimal forumInternationalCap, BigDecimal forumDomesticCap,
                        BigDecimal esportsRatePercent, BigDecimal esportsInternationalAnnualCap,
                        BigDecimal esportsNationalAnnualCap) {
    }

    /** @param venueRent, build, equipmentRental yuan actually spent by the organiser */
    public record ForumInput(boolean provincialOrMinisterialOrAbove, boolean international, BigDecimal venueRent,
                             BigDecimal build, BigDecimal equipmentRental) {
    }

    /** Amounts in yuan actually spent by the organiser in the year. */
    public record EsportsInput(EsportsEvent event, BigDecimal prize, BigDecimal venueRent, BigDecimal build,
                               BigDecimal equipmentRental) {
    }

    public enum EventKind {
        /** 论坛、峰会、展会: 50% of venue rent, build and equipment rental. */
        FORUM,
        /** 职业电竞赛事: 30% of prize, venue rent, build and equipment rental. */
        ESPORTS
    }

    /**
     * A claim under 措施18: {@code kind} chooses the clause; FORUM uses {@code provincialOrMinisterialOrAbove} and
     * {@code international}, ESPORTS uses {@code event} and {@code prize}; both the costs (yuan).
     */
    public record Claim(EventKind kind, boolean provincialOrMinisterialOrAbove, boolean international,
                        EsportsEvent event, BigDecimal prize, BigDecimal venueRent, BigDecimal build,
                        BigDecimal equipmentRental) {
    }

    private final EsportsEventClassification classification;

    public EventSupport(ParameterSet parameters) {
        super(18, parameters, Terms.class);
        this.classification = new EsportsEventClassification(parameters);
    }

    public CultureSupportDecision forum(ForumInput in, LocalDate decisionDate) {
        Inputs.required("input", in);
        return evaluate(new Claim(EventKind.FORUM, in.provincialOrMinisterialOrAbove(), in.international(), null, null,
                in.venueRent(), in.build(), in.equipmentRental()), decisionDate);
    }

    public CultureSupportDecision esports(EsportsInput in, LocalDate decisionDate) {
        Inputs.required("input", in);
        return evaluate(new Claim(EventKind.ESPORTS, false, false, in.event(), in.prize(), in.venueRent(), in.build(),
                in.equipmentRental()), decisionDate);
    }

    @Override
    List<AwardPart> assess(Claim in, LocalDate decisionDate, Conditions conditions) {
        return switch (Inputs.required("kind", in.kind())) {
            case FORUM -> forum(in, decisionDate, conditions);
            case ESPORTS -> esports(in, decisionDate, conditions);
        };
    }

    private List<AwardPart> forum(Claim in, LocalDate decisionDate, Conditions conditions) {
        BigDecimal costs = Inputs.optionalNonNegative("venueRent", in.venueRent())
                .add(Inputs.optionalNonNegative("build", in.build()))
                .add(Inputs.optionalNonNegative("equipmentRental", in.equipmentRental()));
        Terms t = terms(decisionDate);
        conditions.require(in.provincialOrMinisterialOrAbove(), "BELOW_PROVINCIAL_LEVEL",
                "not a provincial/ministerial-level or higher event");
        return List.of(AwardPart.percentCapped(in.international() ? "FORUM_INTERNATIONAL" : "FORUM_DOMESTIC", costs,
                t.forumRatePercent(), in.international() ? t.forumInternationalCap() : t.forumDomesticCap()));
    }

    private List<AwardPart> esports(Claim in, LocalDate decisionDate, Conditions conditions) {
        EsportsEvent event = Inputs.required("event", in.event());
        BigDecimal costs = Inputs.optionalNonNegative("prize", in.prize())
                .add(Inputs.optionalNonNegative("venueRent", in.venueRent()))
                .add(Inputs.optionalNonNegative("build", in.build()))
                .add(Inputs.optionalNonNegative("equipmentRental", in.equipmentRental()));
        Terms t = terms(decisionDate);
        EventClass eventClass = classification.classify(event, decisionDate);
        conditions.require(eventClass != EventClass.NONE, "NOT_PROFESSIONAL_EVENT",
                "neither an international nor a national professional esports event (三、附则 10)");
        return List.of(AwardPart.percentCapped("ESPORTS_" + eventClass.name(), costs, t.esportsRatePercent(),
                eventClass == EventClass.INTERNATIONAL ? t.esportsInternationalAnnualCap()
                        : t.esportsNationalAnnualCap()));
    }

    @Override
    List<Basis> alsoCited(Claim in, LocalDate decisionDate) {
        return in.kind() == EventKind.ESPORTS ? List.of(classification.basis(decisionDate)) : List.of();
    }
}

package cn.beijing.platform.subsidy.policy.scitech;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.parameters.ParameterKey;
import java.util.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 三、附则 10: an international professional esports event has clubs of 2 or more countries (regions) and a total
 * prize of 1000万 or more; a national one has clubs registered in 2 or more domestic regions and a total prize of
 * 300万 or more (以上: inclusive). Leagues include season, final and playoff games held in the Yizhuang new town.
 */
@Rule(id = "sci-tech-culture-esports-event", document = Documents.SCI_TECH_CULTURE, article = EsportsEventClassification.ARTICLE,
        parameters = "sci-tech-culture-esports-event-definition")
public final class EsportsEventClassification
        implements Decides<EsportsEventClassification.EsportsEvent, EsportsEventClassification.Classification> {

    public static final String ARTICLE = "三、附则 10";

    /** @param internationalMinTotalPrize 万元; @param nationalMinTotalPrize 万元 */
    public record Terms(@ParameterKey("international_min_countries_count") int internationalMinCountries, BigDecimal internationalMinTotalPrize,
                        @ParameterKey("national_min_regions_count") int nationalMinRegions,
                        BigDecimal nationalMinTotalPrize) {
    }

    public enum EventClass {
        INTERNATIONAL, NATIONAL, NONE
    }

    /**
     * @param countries       countries (regions) whose professional clubs take part
     * @param domesticRegions domestic regions in which the taking-part clubs are registered
     * @param totalPrize      total prize money, yuan
     * @param leagueOrCup     a league or a cup (联赛、杯赛)
     */
    public record EsportsEvent(String name, int countries, int domesticRegions, BigDecimal totalPrize,
                               boolean leagueOrCup) {
    }

    private final EffectiveDated<Terms> terms;

    public EsportsEventClassification(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-esports-event-definition", Terms.class);
    }

    /** An event's class and the article that classes it. */
    public record Classification(EventClass eventClass, List<Basis> basis) {
    }

    @Override
    public Classification decide(EsportsEvent event, LocalDate decisionDate) {
        return new Classification(classify(event, decisionDate), List.of(basis(decisionDate)));
    }

    public EventClass classify(EsportsEvent event, LocalDate decisionDate) {
        Objects.requireNonNull(event, "event");
        Inputs.nonNegative("countries", event.countries());
        Inputs.nonNegative("domesticRegions", event.domesticRegions());
        BigDecimal prize = Inputs.nonNegative("totalPrize", event.totalPrize());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        if (!event.leagueOrCup()) {
            return EventClass.NONE;
        }
        if (event.countries() >= t.internationalMinCountries()
                && prize.compareTo(Money.toYuanExact(t.internationalMinTotalPrize())) >= 0) {
            return EventClass.INTERNATIONAL;
        }
        if (event.domesticRegions() >= t.nationalMinRegions()
                && prize.compareTo(Money.toYuanExact(t.nationalMinTotalPrize())) >= 0) {
            return EventClass.NATIONAL;
        }
        return EventClass.NONE;
    }

    public Basis basis(LocalDate decisionDate) {
        return Citation.of(Documents.SCI_TECH_CULTURE, ARTICLE, decisionDate, terms);
    }
}

package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import cn.beijing.platform.common.basis.Basis;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.Parameter;

/**
 * 三、附则 10: an international professional esports event has clubs of 2 or more countries (regions) and a total
 * prize of 1000万 or more; a national one has clubs registered in 2 or more domestic regions and a total prize of
 * 300万 or more (以上: inclusive). Leagues include season, final and playoff games held in the Yizhuang new town.
 */
public final class EsportsEventClassification {

    public static final String ARTICLE = "三、附则 10";

    /** @param internationalMinTotalPrize 万元; @param nationalMinTotalPrize 万元 */
    public record Terms(int internationalMinCountries, BigDecimal internationalMinTotalPrize, int nationalMinRegions,
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

    private final Parameter<Terms> terms;

    public EsportsEventClassification(SciTechCultureParameters parameters) {
        this.terms = parameters.esportsEventDefinition();
    }

    public EventClass classify(EsportsEvent event, LocalDate decisionDate) {
        Objects.requireNonNull(event, "event");
        Inputs.nonNegative("countries", event.countries());
        Inputs.nonNegative("domesticRegions", event.domesticRegions());
        BigDecimal prize = Inputs.nonNegative("totalPrize", event.totalPrize());
        Terms t = Inputs.inForce(terms, decisionDate);
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

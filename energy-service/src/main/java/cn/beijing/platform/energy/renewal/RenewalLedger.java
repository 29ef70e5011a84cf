package cn.beijing.platform.energy.renewal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.energy.access.Access;
import cn.beijing.platform.energy.events.EnergyEvents;
import cn.beijing.platform.energy.events.OldBuildingIdentified;
import cn.beijing.platform.energy.policy.renewal.OldBuildingClassification;
import cn.beijing.platform.energy.policy.renewal.RenewalTrialPeriod;
import cn.beijing.platform.energy.store.BuildingRecord;
import cn.beijing.platform.energy.store.BuildingStore;
import cn.beijing.platform.energy.store.JsonText;
import cn.beijing.platform.energy.store.RenewalStore;
import cn.beijing.platform.energy.store.SafetyAppraisalStore;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The renewal ledger (京建法〔2024〕14号). It learns ratings only from {@code energy.building-rated.v1} and keeps its
 * own copy of (building, year, E, C); when a building's E exceeds the configured share (80 %) of C in two consecutive
 * years it records a class-2 identification and announces it ({@code energy.old-building-identified.v1}). Class 1 is
 * read from the building's data and the latest recorded safety appraisal ({@link SafetyAppraisals}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RenewalLedger {

    /** What the ledger reads from a {@code building-rated} event. */
    public record RatedIntensity(UUID buildingId, int year, BigDecimal intensity, BigDecimal constraintValue) {
    }

    private final RenewalStore store;
    private final SafetyAppraisalStore appraisals;
    private final BuildingStore buildings;
    private final OutboxWriter outbox;
    private final OldBuildingClassification oldBuildingClassification;
    private final RenewalTrialPeriod renewalTrialPeriod;
    private final JsonText json;
    private final Clock clock;

    /** The effect of one rating event; runs inside the consumer's inbox transaction. */
    public Mono<Void> onBuildingRated(RatedIntensity rated, String eventId) {
        LocalDate today = LocalDate.now(clock);
        UUID id = rated.buildingId();
        return store.keepIntensity(new RenewalStore.LedgerIntensity(id, rated.year(), rated.intensity(),
                        rated.constraintValue(), eventId), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .then(buildings.find(id))
                .flatMap(b -> Mono.zip(store.intensities(id).collectList(), latestAppraisal(id)).flatMap(t -> {
                    if (!renewalTrialPeriod.validity(today).inForce()) {
                        return Mono.empty();
                    }
                    List<RenewalStore.LedgerIntensity> copy = t.getT1();
                    // the rated year closes a pair with the year before; a late rating of Y−1 also closes (Y−1, Y)
                    TreeSet<Integer> assessmentYears = new TreeSet<>(List.of(rated.year()));
                    copy.stream().filter(i -> i.year() == rated.year() + 1).forEach(i -> assessmentYears.add(i.year()));
                    return Flux.fromIterable(assessmentYears)
                            .concatMap(year -> identify(b, copy, t.getT2().orElse(null), year, today))
                            .then();
                }))
                .then();
    }

    private Mono<Void> identify(BuildingRecord b, List<RenewalStore.LedgerIntensity> copy,
                                OldBuildingClassification.SafetyAppraisal appraisal, int year, LocalDate today) {
        OldBuildingClassification.Decision d = classify(b, copy, appraisal, year, today);
        if (!d.reasons().contains(OldBuildingClassification.Reason.CLASS_TWO_CONSUMPTION_ABOVE_CONSTRAINT_SHARE)) {
            return Mono.empty();
        }
        List<String> reasons = d.reasons().stream().map(Enum::name).toList();
        List<String> obligations = d.obligations().stream().map(Enum::name).toList();
        RenewalStore.Identification identification = new RenewalStore.Identification(b.id(), year, d.classOne(),
                d.classTwo(), JsonText.codes(reasons), JsonText.codes(obligations), json.write(d.basis()), today);
        return store.identify(identification).flatMap(isNew -> isNew
                ? outbox.append(EnergyEvents.OLD_BUILDING_IDENTIFIED, b.id().toString(),
                        new OldBuildingIdentified(b.id().toString(), b.district(), year, d.classOne(), d.classTwo(),
                                reasons, obligations, today, d.basis())).then()
                : Mono.empty());
    }

    private OldBuildingClassification.Decision classify(BuildingRecord b, List<RenewalStore.LedgerIntensity> copy,
                                                        OldBuildingClassification.SafetyAppraisal appraisal,
                                                        int assessmentYear, LocalDate date) {
        List<OldBuildingClassification.AnnualIntensity> intensities = copy.stream()
                .map(i -> new OldBuildingClassification.AnnualIntensity(i.year(), i.intensity(), i.constraintValue()))
                .toList();
        return oldBuildingClassification.decide(new OldBuildingClassification.Input(
                b.inRenewalScope(), b.yearBuilt(), b.seismicAppraisedAndReinforced(),
                b.otherSafetyHazardUnresolved(), b.energyRetrofitted(), assessmentYear, intensities, appraisal), date);
    }

    /**
     * The building's classes and obligations today with {@code appraisal} as its latest safety appraisal (or none),
     * on the ledger's latest year of consumption.
     */
    Mono<OldBuildingClassification.Decision> classifyToday(BuildingRecord b,
                                                          OldBuildingClassification.SafetyAppraisal appraisal) {
        LocalDate today = LocalDate.now(clock);
        return store.intensities(b.id()).collectList()
                .map(copy -> classify(b, copy, appraisal, assessmentYear(copy, today), today));
    }

    /** The latest recorded safety appraisal in the policy's terms, if any. */
    Mono<Optional<OldBuildingClassification.SafetyAppraisal>> latestAppraisal(UUID buildingId) {
        return appraisals.latest(buildingId).map(a -> Optional.of(SafetyAppraisals.policyAppraisal(a)))
                .defaultIfEmpty(Optional.empty());
    }

    private static int assessmentYear(List<RenewalStore.LedgerIntensity> copy, LocalDate today) {
        return copy.isEmpty() ? today.getYear() - 1 : copy.get(copy.size() - 1).year();
    }

    /** Is the building an old building (class 1 or 2) today? */
    public Mono<Boolean> oldBuilding(BuildingRecord b) {
        return status(b).map(s -> s.classOne() || s.classTwo());
    }

    /** The renewal status today of a building the caller may see. */
    public Mono<RenewalStatus> status(UUID buildingId, CurrentUser user) {
        return buildings.get(buildingId)
                .map(b -> Access.requireVisible(user, b))
                .flatMap(this::status);
    }

    /** The building's renewal status today. */
    public Mono<RenewalStatus> status(BuildingRecord b) {
        LocalDate today = LocalDate.now(clock);
        UUID id = b.id();
        return Mono.zip(store.intensities(id).collectList(), store.identifications(id).collectList(),
                        store.nominations(id).collectList(),
                        store.priority(id).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        store.plans(id).collectList(),
                        appraisals.latest(id).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .map(t -> {
                    List<RenewalStore.LedgerIntensity> copy = t.getT1();
                    RenewalTrialPeriod.Validity validity = renewalTrialPeriod.validity(today);
                    Integer assessmentYear = copy.isEmpty() ? null : copy.get(copy.size() - 1).year();
                    Optional<SafetyAppraisalStore.Appraisal> appraisal = t.getT6();
                    OldBuildingClassification.Decision d = !validity.inForce() ? null
                            : classify(b, copy, appraisal.map(SafetyAppraisals::policyAppraisal).orElse(null),
                                    assessmentYear(copy, today), today);
                    List<RenewalStatus.Nomination> nominations = t.getT3().stream()
                            .map(n -> new RenewalStatus.Nomination(n.id(), n.selfNominated(), n.criteria(), n.status(),
                                    n.decidedOn()))
                            .toList();
                    boolean onLedger = nominations.stream().anyMatch(n -> "ACCEPTED".equals(n.status()));
                    RenewalStatus.Priority priority = t.getT4().map(p -> new RenewalStatus.Priority(p.priority(),
                            p.preconditionsMet(), JsonText.codes(p.categories()), p.evaluatedOn(),
                            json.basis(p.basis()))).orElse(null);
                    List<RenewalStatus.Plan> plans = t.getT5().stream()
                            .map(p -> new RenewalStatus.Plan(p.id(), p.title(), p.approvedOn(), p.publishedOn(),
                                    p.minimumWorkingDays(), p.counting(), p.earliestLastDay(), p.firstDayAfterNotice(),
                                    p.plannedLastDay(), json.basis(p.basis())))
                            .toList();
                    List<RenewalStatus.Identified> identified = t.getT2().stream()
                            .map(i -> new RenewalStatus.Identified(i.assessmentYear(), i.classOne(), i.classTwo(),
                                    JsonText.codes(i.reasons()), i.identifiedOn(), json.basis(i.basis())))
                            .toList();
                    List<RenewalStatus.LedgerYear> years = copy.stream()
                            .map(i -> new RenewalStatus.LedgerYear(i.year(), i.intensity(), i.constraintValue()))
                            .toList();
                    return new RenewalStatus(today, validity.inForce(), b.inRenewalScope(),
                            d != null && d.classOne(), d != null && d.classTwo(),
                            d == null ? List.of() : d.reasons().stream().map(Enum::name).toList(),
                            d == null ? List.of() : d.obligations().stream().map(Enum::name).toList(),
                            assessmentYear, years, identified, onLedger, nominations, priority, plans,
                            appraisal.map(a -> new RenewalStatus.Appraisal(a.id(), a.appraisedOn(), a.dangerGrade(),
                                    a.structuralOrSeismicGrade(), a.measuresCompletedOn(), a.movement()))
                                    .orElse(null),
                            d == null ? validity.basis() : new ArrayList<>(d.basis()));
                });
    }
}

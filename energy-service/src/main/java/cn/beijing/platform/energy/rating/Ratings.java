package cn.beijing.platform.energy.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.energy.access.Access;
import cn.beijing.platform.energy.config.EnergyProperties;
import cn.beijing.platform.energy.events.BuildingRated;
import cn.beijing.platform.energy.events.EnergyEvents;
import cn.beijing.platform.energy.events.ObligationRaised;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.energy.policy.rating.BuildingRating;
import cn.beijing.platform.energy.policy.rating.ObligationCodes;
import cn.beijing.platform.energy.policy.rating.RatingScope;
import cn.beijing.platform.energy.policy.rating.RetrofitObligation;
import cn.beijing.platform.energy.store.BuildingRecord;
import cn.beijing.platform.energy.store.BuildingStore;
import cn.beijing.platform.energy.store.ConsumptionRecord;
import cn.beijing.platform.energy.store.ConsumptionStore;
import cn.beijing.platform.energy.store.IntensityLimitRecord;
import cn.beijing.platform.energy.store.IntensityLimitStore;
import cn.beijing.platform.energy.store.JsonText;
import cn.beijing.platform.energy.store.ObligationRecord;
import cn.beijing.platform.energy.store.RatingRecord;
import cn.beijing.platform.energy.store.RatingStore;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.policy.RuleViolationException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The rating workflow of 京建法〔2024〕12号: one snapshot of what a rating reads, one pure decision by
 * {@link BuildingRating} (intensity 第四条 → grade 第五条 → obligations 第九条 and the consecutive-grade-5 retrofit, each
 * with the article that justifies it, → the deadline of 第八条), then the writes; the escalation of a missing rating
 * (第八条/第十三条). Every state change writes its events to the outbox in the same transaction. No rule lives here.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Ratings {

    private static final String OPEN = "OPEN";

    private final BuildingStore buildings;
    private final IntensityLimitStore limits;
    private final ConsumptionStore consumption;
    private final ConsumptionReports reports;
    private final ConversionFactorVersions factors;
    private final RatingStore store;
    private final OutboxWriter outbox;
    private final BuildingRating buildingRating;
    private final RetrofitObligation retrofitObligation;
    private final JsonText json;
    private final EnergyProperties properties;
    private final Clock clock;

    // ------------------------------------------------------------------ rating

    /**
     * Rates {@code year} of a building on today's date: loads one snapshot (the building locked, the year's limits and
     * report, the conversion factors in force for the year, the other ratings and the district's records), lets
     * {@link BuildingRating} decide, then writes the rating, its event and the obligations it requires. Call inside
     * the command's transaction.
     */
    public Mono<RatingView> rate(UUID buildingId, int year, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return buildings.lock(buildingId).flatMap(b -> {
            Access.requireReportingParty(user, b);
            return snapshot(b, year, today).flatMap(s -> {
                BuildingRating.Decision d = buildingRating.rate(s);
                if (!d.refusals().isEmpty()) {
                    return Mono.error(new RuleViolationException(d.refusals()));
                }
                if (!d.missing().isEmpty()) {
                    return Mono.error(new InvalidInputException(d.missing().stream()
                            .map(m -> new FieldError(m.field(), m.reason() + hint(m, b, year))).toList()));
                }
                return record(b, year, s, d, today, user);
            });
        }).map(outcome -> RatingView.of(outcome, properties.ratingFloorArea(), json));
    }

    /**
     * What the rating of {@code year} reads, loaded before deciding. The queries run one after the other: they share
     * the transaction's connection, where queries subscribed together ({@code Mono.zip}) may wait on each other's
     * unconsumed results (a rating request hung for 30 s in a loaded test run).
     */
    private Mono<BuildingRating.Snapshot> snapshot(BuildingRecord b, int year, LocalDate today) {
        Mono<Optional<IntensityLimitRecord>> limit = limits.find(year, b.buildingType())
                .map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<Optional<ConsumptionRecord>> report = consumption.find(b.id(), year)
                .map(Optional::of).defaultIfEmpty(Optional.empty());
        return limit.flatMap(l -> report.flatMap(r -> factors.forRatedYear(year).flatMap(f ->
                store.ratings(b.id()).collectList().flatMap(history -> records(b.id(), year).flatMap(thisYear ->
                        records(b.id(), year + 1).map(nextYear -> {
                            Optional<BuildingRating.NextYear> next = history.stream()
                                    .filter(h -> h.year() == year + 1).findFirst()
                                    .map(h -> new BuildingRating.NextYear(h.ratedOn(), nextYear));
                            return new BuildingRating.Snapshot(year, today, exemptions(b), b.ratingDeadlineApplies(),
                                    l.map(x -> new BuildingRating.Limits(x.guideValue(), x.constraintValue(),
                                            x.sample())),
                                    r.map(x -> reports.intensityInput(b, x)), f.factors(),
                                    history.stream().filter(h -> h.year() != year)
                                            .map(h -> new RetrofitObligation.AnnualGrade(h.year(), h.grade()))
                                            .toList(),
                                    thisYear, next);
                        }))))));
    }

    /** Writes the decided rating: the row, its event, the obligations it fulfils, raises and withdraws. */
    private Mono<RatingOutcome> record(BuildingRecord b, int year, BuildingRating.Snapshot s, BuildingRating.Decision d,
                                       LocalDate today, CurrentUser user) {
        BuildingRating.Limits limit = s.limits().orElseThrow();
        RatingRecord rating = new RatingRecord(b.id(), year, reports.floorArea(b), d.intensity().totalKgce(),
                d.intensity().intensity(), limit.guideValue(), limit.constraintValue(), limit.sample(),
                d.ratioToConstraint(), d.grade().grade(), JsonText.codes(d.obligations()), d.grade().labelEligible(),
                d.grade().demonstrationEligible(), d.grade().greenBuildingLabelEligible(), d.ratingDeadline(), today,
                d.ratedOnTime(), json.write(d.basis()), user.subject(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        BuildingRated event = new BuildingRated(b.id().toString(), year, b.buildingType(), b.district(),
                rating.intensity(), rating.guideValue(), rating.constraintValue(), rating.limitsSample(),
                d.ratioToConstraint(), rating.grade(), d.obligations(), b.largePublicBuilding(), today, d.basis());
        Mono<List<ObligationRecord>> next = d.scopeNext().isEmpty() ? Mono.just(List.of())
                : sync(b, year + 1, d.requiredNext(), d.scopeNext(), today);
        return store.upsert(rating)
                .then(outbox.append(EnergyEvents.BUILDING_RATED, b.id().toString(), event))
                .then(store.close(b.id(), year, d.fulfilled(), "FULFILLED", today))
                .then(sync(b, year, d.required(), d.scope(), today))
                .flatMap(raised -> next.map(more -> {
                    List<ObligationRecord> all = new ArrayList<>(raised);
                    all.addAll(more);
                    return all;
                }))
                .map(raised -> new RatingOutcome(rating, b.ratingDeadlineApplies(), d.intensity(), d.grade(),
                        d.retrofit(), raised, d.basis()));
    }

    /** Where the missing data is entered. */
    private static String hint(BuildingRating.MissingInput missing, BuildingRecord b, int year) {
        return missing.field().equals("consumption")
                ? " (PUT /api/energy/buildings/" + b.id() + "/consumption/" + year + ")"
                : " (" + b.buildingType() + "; PUT /api/energy/intensity-limits/" + year + ")";
    }

    private static Set<RatingScope.RatingExemption> exemptions(BuildingRecord b) {
        return JsonText.codes(b.exemptions()).stream().map(RatingScope.RatingExemption::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The district's records of a year: its correction order's time limit, a recorded retrofit. */
    private Mono<BuildingRating.YearRecords> records(UUID buildingId, int year) {
        Mono<Optional<LocalDate>> correction = store.correctionDeadline(buildingId, year).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        Mono<Boolean> retrofitDone = store.obligation(buildingId, year,
                        RetrofitObligation.Measure.RETROFIT_REQUIRED.name())
                .map(o -> "FULFILLED".equals(o.status())).defaultIfEmpty(false);
        return correction.flatMap(c -> retrofitDone.map(done ->
                new BuildingRating.YearRecords(c.orElse(null), done)));
    }

    /**
     * Makes the open obligations of {@code year} within {@code scope} equal to {@code required}: withdraws the others,
     * raises (or re-opens) the missing ones and writes one {@code obligation-raised} event per raised obligation.
     */
    private Mono<List<ObligationRecord>> sync(BuildingRecord b, int year,
                                              List<BuildingRating.RequiredObligation> required,
                                              Collection<String> scope, LocalDate today) {
        Set<String> codes = new HashSet<>();
        required.forEach(o -> codes.add(o.code()));
        List<String> withdraw = scope.stream().filter(code -> !codes.contains(code)).sorted().toList();
        return store.close(b.id(), year, withdraw, "WITHDRAWN", today)
                .thenMany(Flux.fromIterable(required))
                .concatMap(o -> raise(b, o, today, null))
                .collectList();
    }

    /** Raises one obligation if it is not already recorded (or re-opens a withdrawn one); emits it when raised. */
    private Mono<ObligationRecord> raise(BuildingRecord b, BuildingRating.RequiredObligation o, LocalDate today,
                                         LocalDate dueOn) {
        ObligationRecord candidate = new ObligationRecord(UUID.randomUUID(), b.id(), o.year(), o.code(), OPEN, today,
                dueOn, json.write(o.basis()), null);
        return store.raise(candidate)
                .flatMap(inserted -> inserted ? Mono.just(candidate)
                        : store.reopen(b.id(), o.year(), o.code(), today).flatMap(reopened -> reopened
                                ? store.obligation(b.id(), o.year(), o.code()) : Mono.empty()))
                .flatMap(raised -> outbox.append(EnergyEvents.OBLIGATION_RAISED, b.id().toString(),
                                new ObligationRaised(raised.id().toString(), b.id().toString(), b.district(),
                                        o.year(), o.code(), raised.raisedOn(), raised.dueOn(),
                                        json.basis(raised.basis())))
                        .thenReturn(raised));
    }

    // ------------------------------------------------------------------ reads

    /** The rated years of a building, oldest first. */
    public Flux<GradeYear> history(UUID buildingId) {
        return store.ratings(buildingId).map(GradeYear::of);
    }

    public Flux<ObligationView> openObligations(UUID buildingId) {
        return store.obligations(buildingId, true).map(o -> ObligationView.of(o, json));
    }

    /** Every obligation of a building (open and closed), for callers who may see the building. */
    public Flux<ObligationView> obligations(UUID buildingId, CurrentUser user) {
        return buildings.get(buildingId)
                .map(b -> Access.requireVisible(user, b))
                .flatMapMany(b -> store.obligations(buildingId, false))
                .map(o -> ObligationView.of(o, json));
    }

    public Mono<RatingView> rating(UUID buildingId, int year, CurrentUser user) {
        return buildings.get(buildingId)
                .map(b -> Access.requireVisible(user, b))
                .flatMap(b -> store.rating(buildingId, year)
                        .switchIfEmpty(Mono.error(() -> new NotFoundException("rating of " + year))))
                .map(r -> RatingView.of(r, json));
    }

    // ------------------------------------------------------------------ overdue and escalation (第八条, 第十三条)

    /** Large public buildings whose rating of a year is overdue on {@code asOf}; reads only. */
    public Flux<OverdueRating> overdue(LocalDate asOf) {
        return buildings.deadlineBound().concatMap(b -> overdueOf(b, asOf));
    }

    /** Records OVERDUE_RATING and CREDIT_SYSTEM_ENTRY obligations due on {@code asOf}. Call inside a transaction. */
    public Mono<List<OverdueRating>> raiseOverdue(LocalDate asOf) {
        if (asOf.isAfter(LocalDate.now(clock))) {
            return Mono.error(new InvalidInputException("asOf", "obligations cannot be raised for a future date"));
        }
        return buildings.deadlineBound().concatMap(b -> overdueOf(b, asOf).concatMap(item -> Flux
                    .fromIterable(buildingRating.overdueObligations(item.decision()))
                    .<ObligationRecord>concatMap(o -> raise(b, o, asOf,
                            RetrofitObligation.Measure.OVERDUE_RATING.name().equals(o.code())
                                    ? item.correctionDeadline() : null))
                    .map(ObligationRecord::code).collectList()
                    .map(raised -> new OverdueRating(item.buildingId(), item.district(), item.year(), asOf,
                            item.correctionDeadline(), item.decision(), raised)))).collectList();
    }

    private Flux<OverdueRating> overdueOf(BuildingRecord b, LocalDate asOf) {
        List<Integer> years = new ArrayList<>();
        for (int y = asOf.getYear(); y >= b.yearBuilt(); y--) {
            LocalDate deadline;
            try {
                deadline = retrofitObligation.ratingDeadline(y);
            } catch (PolicyInputException e) {
                break; // 12号 not in force for this and earlier years
            }
            if (asOf.isAfter(deadline)) {
                years.add(y);
            }
        }
        if (years.isEmpty()) {
            return Flux.empty();
        }
        return store.ratings(b.id()).collectMap(RatingRecord::year, RatingRecord::ratedOn)
                .flatMapMany(ratedOn -> Flux.fromIterable(years).concatMap(y -> records(b.id(), y).flatMap(in -> {
                    // a rating made after asOf did not exist yet on asOf
                    LocalDate rated = ratedOn.get(y) != null && !ratedOn.get(y).isAfter(asOf) ? ratedOn.get(y) : null;
                    RetrofitObligation.Decision decision = retrofitObligation
                            .decide(new RetrofitObligation.Input(true, y, List.of(), rated,
                                    in.correctionDeadline(), false), asOf);
                    boolean escalated = decision.measures().stream()
                            .anyMatch(m -> ObligationCodes.FROM_OVERDUE.contains(m.name()));
                    return escalated ? Mono.just(new OverdueRating(b.id(), b.district(), y, asOf,
                            in.correctionDeadline(), decision, List.of())) : Mono.<OverdueRating>empty();
                })));
    }

    /** 第十三条: the district orders correction within a time limit, which must fall after the rating deadline. */
    public Mono<LocalDate> orderCorrection(UUID buildingId, int year, LocalDate deadline, CurrentUser user) {
        return buildings.lock(buildingId).flatMap(b -> {
            if (!b.ratingDeadlineApplies()) {
                throw new RuleViolationException("NOT_DEADLINE_BOUND", "only large public buildings subject to"
                        + " rating have the annual deadline", EnergyDocuments.rating("第八条"));
            }
            LocalDate ratingDeadline = PolicyInputException.renaming("ratingYear", "year",
                    () -> retrofitObligation.ratingDeadline(year));
            if (!deadline.isAfter(ratingDeadline)) {
                throw new InvalidInputException("deadline", "a correction time limit must fall after the rating"
                        + " deadline " + ratingDeadline);
            }
            return store.orderCorrection(buildingId, year, deadline, user.subject(),
                    OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).thenReturn(ratingDeadline);
        });
    }

    /** The district records an obligation as fulfilled. */
    public Mono<ObligationView> fulfil(UUID buildingId, UUID obligationId) {
        LocalDate today = LocalDate.now(clock);
        return buildings.lock(buildingId)
                .then(store.obligation(obligationId))
                .filter(o -> o.buildingId().equals(buildingId))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("obligation " + obligationId)))
                .flatMap(o -> store.fulfil(obligationId, today).flatMap(n -> n == 0
                        ? Mono.error(new ConflictException("obligation " + obligationId + " is not open"))
                        : store.obligation(obligationId)))
                .map(o -> ObligationView.of(o, json));
    }

    // ------------------------------------------------------------------ label and demonstration (第八条, 第十二条)

    public enum ApplicationKind { LABEL, DEMONSTRATION }

    /** Records an application for a rated year; emits the grade it rests on. Call inside a transaction. */
    public Mono<Integer> apply(UUID buildingId, int year, ApplicationKind kind, CurrentUser user) {
        return buildings.lock(buildingId).flatMap(b -> {
            Access.requireReportingParty(user, b);
            return store.rating(buildingId, year)
                    .switchIfEmpty(Mono.error(() -> new RuleViolationException("NOT_RATED",
                            "the building has no rating for " + year, EnergyDocuments.rating("第八条"))))
                    .flatMap(r -> {
                        Optional<Refusal> refused = kind == ApplicationKind.DEMONSTRATION
                                ? buildingRating.demonstrationRefusal(r.grade(), r.demonstrationEligible(),
                                        json.basis(r.basis()))
                                : Optional.empty();
                        if (refused.isPresent()) {
                            return Mono.error(new RuleViolationException(List.of(refused.get())));
                        }
                        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                        Mono<Void> label = kind == ApplicationKind.LABEL ? buildings.markLabelApplied(buildingId, year)
                                : Mono.empty();
                        return store.apply(UUID.randomUUID(), buildingId, year, kind.name(), user.subject(), now)
                                .then(label).thenReturn(r.grade());
                    });
        });
    }
}

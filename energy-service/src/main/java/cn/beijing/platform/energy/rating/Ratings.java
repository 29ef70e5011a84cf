package cn.beijing.platform.energy.rating;

import cn.beijing.platform.policy.PolicyInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.energy.events.BuildingRated;
import cn.beijing.platform.energy.events.EnergyEvents;
import cn.beijing.platform.energy.events.ObligationRaised;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.energy.policy.rating.EnergyGrade;
import cn.beijing.platform.energy.policy.rating.RatingScope;
import cn.beijing.platform.energy.policy.rating.RetrofitObligation;
import cn.beijing.platform.energy.config.EnergyProperties;
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
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import cn.beijing.platform.energy.access.Access;

/**
 * The rating workflow of 京建法〔2024〕12号: intensity (第四条) → grade (第五条) with the G and C of the building's type
 * and year → obligations (第九条) and the consecutive-grade-5 retrofit → the deadline and escalation of 第八条/第十三条.
 * Every state change writes its events to the outbox in the same transaction.
 */
@Component
public class Ratings {

    private static final String OPEN = "OPEN";

    private final BuildingStore buildings;
    private final IntensityLimitStore limits;
    private final ConsumptionStore consumption;
    private final ConsumptionReports reports;
    private final ConversionFactorVersions factors;
    private final RatingStore store;
    private final OutboxWriter outbox;
    private final EnergyGrade energyGrade;
    private final RetrofitObligation retrofitObligation;
    private final JsonText json;
    private final EnergyProperties properties;
    private final Clock clock;

    Ratings(BuildingStore buildings, IntensityLimitStore limits, ConsumptionStore consumption,
            ConsumptionReports reports, ConversionFactorVersions factors, RatingStore store, OutboxWriter outbox,
            EnergyGrade energyGrade, RetrofitObligation retrofitObligation, JsonText json, EnergyProperties properties,
            Clock clock) {
        this.properties = properties;
        this.factors = factors;
        this.buildings = buildings;
        this.limits = limits;
        this.consumption = consumption;
        this.reports = reports;
        this.store = store;
        this.outbox = outbox;
        this.energyGrade = energyGrade;
        this.retrofitObligation = retrofitObligation;
        this.json = json;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ rating

    /** Rates {@code year} of a building on today's date. Call inside the command's transaction. */
    public Mono<RatingView> rate(UUID buildingId, int year, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return lockBuilding(buildingId).flatMap(b -> {
            Access.requireReportingParty(user, b);
            refuseExempt(b);
            if (year >= today.getYear()) {
                throw new InvalidInputException("year", "a year can be rated once it has ended");
            }
            LocalDate deadline = PolicyInputException.renaming("ratingYear", "year", () -> retrofitObligation.ratingDeadline(year));
            Mono<Optional<IntensityLimitRecord>> limit = limits.find(year, b.buildingType())
                    .map(Optional::of).defaultIfEmpty(Optional.empty());
            Mono<Optional<ConsumptionRecord>> report = consumption.find(buildingId, year)
                    .map(Optional::of).defaultIfEmpty(Optional.empty());
            return Mono.zip(limit, report, factors.forRatedYear(year)).flatMap(found -> {
                List<FieldError> errors = new ArrayList<>();
                if (found.getT1().isEmpty()) {
                    errors.add(new FieldError("year", "no guide/constraint values of " + b.buildingType()
                            + " are imported for " + year + " (PUT /api/energy/intensity-limits/" + year + ")"));
                }
                if (found.getT2().isEmpty()) {
                    errors.add(new FieldError("consumption", "no consumption is reported for " + year
                            + " (PUT /api/energy/buildings/" + buildingId + "/consumption/" + year + ")"));
                }
                if (!errors.isEmpty()) {
                    return Mono.error(new InvalidInputException(errors));
                }
                return rate(b, year, found.getT1().get(), found.getT2().get(), found.getT3(), deadline, today, user);
            });
        }).map(outcome -> RatingView.of(outcome, properties.ratingFloorArea(), json));
    }

    /**
     * The intensity converts the year's consumption with the factors in force for the rated year (December 31 of
     * the year, imported or shipped: {@link ConversionFactorVersions#forRatedYear}); the basis of 第四条 names that
     * version in its {@code parameters}.
     */
    private Mono<RatingOutcome> rate(BuildingRecord b, int year, IntensityLimitRecord limit, ConsumptionRecord report,
                                     ConversionFactorVersions.Factors factorsOfYear, LocalDate deadline,
                                     LocalDate today, CurrentUser user) {
        ComprehensiveIntensity.Decision intensity = reports.intensity(b, report, today, factorsOfYear.factors());
        EnergyGrade.Decision grade = energyGrade.evaluate(
                new EnergyGrade.Input(intensity.intensity(), limit.guideValue(), limit.constraintValue()), today);
        return store.ratings(b.id()).collectList().flatMap(history -> {
            Map<Integer, RatingRecord> byYear = new HashMap<>();
            history.forEach(r -> byYear.put(r.year(), r));
            List<RetrofitObligation.AnnualGrade> grades = new ArrayList<>();
            history.stream().filter(r -> r.year() != year)
                    .forEach(r -> grades.add(new RetrofitObligation.AnnualGrade(r.year(), r.grade())));
            grades.add(new RetrofitObligation.AnnualGrade(year, grade.grade()));
            RatingRecord next = byYear.get(year + 1);
            return Mono.zip(inputs(b.id(), year), inputs(b.id(), year + 1)).flatMap(inputs -> {
                RetrofitObligation.Decision retrofit = retrofit(b, year, grades, today, inputs.getT1(), today);
                RetrofitObligation.Decision nextRetrofit = next == null ? null
                        : retrofit(b, year + 1, grades, next.ratedOn(), inputs.getT2(), today);

                List<String> codes = new ArrayList<>();
                grade.obligations().forEach(o -> codes.add(o.name()));
                retrofit.measures().forEach(m -> codes.add(m.name()));
                LinkedHashSet<Basis> basis = new LinkedHashSet<>(intensity.basis());
                basis.addAll(grade.basis());
                basis.addAll(retrofit.basis());

                BigDecimal ratio = intensity.intensity().divide(limit.constraintValue(), 4, RoundingMode.HALF_UP);
                boolean deadlineApplies = b.ratingDeadlineApplies();
                RatingRecord rating = new RatingRecord(b.id(), year, reports.floorArea(b), intensity.totalKgce(),
                        intensity.intensity(), limit.guideValue(), limit.constraintValue(), limit.sample(), ratio,
                        grade.grade(), JsonText.codes(codes), grade.labelEligible(), grade.demonstrationEligible(),
                        grade.greenBuildingLabelEligible(), deadlineApplies ? deadline : null, today,
                        deadlineApplies ? retrofit.ratedOnTime() : null, json.write(List.copyOf(basis)),
                        user.subject(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
                BuildingRated event = new BuildingRated(b.id().toString(), year, b.buildingType(), b.district(),
                        rating.intensity(), rating.guideValue(), rating.constraintValue(), rating.limitsSample(), ratio,
                        rating.grade(), codes, b.largePublicBuilding(), today, List.copyOf(basis));

                Map<String, List<Basis>> wanted = new LinkedHashMap<>();
                for (EnergyGrade.Obligation o : grade.obligations()) {
                    if (ObligationCodes.FROM_RATING.contains(o.name())) {
                        wanted.put(o.name(), articles(grade.basis(), "第九条"));
                    }
                }
                retrofit.measures().forEach(m -> wanted.put(m.name(), measureBasis(m, retrofit)));
                Map<String, List<Basis>> wantedNext = new LinkedHashMap<>();
                if (nextRetrofit != null) {
                    nextRetrofit.measures().stream().filter(m -> ObligationCodes.FROM_RATING.contains(m.name()))
                            .forEach(m -> wantedNext.put(m.name(), measureBasis(m, nextRetrofit)));
                }
                Set<String> retrofitCodes = Set.of(RetrofitObligation.Measure.RETROFIT_REQUIRED.name(),
                        RetrofitObligation.Measure.GREEN_DEVELOPMENT_REGULATION_ARTICLE_59.name());

                return store.upsert(rating)
                        .then(outbox.append(EnergyEvents.BUILDING_RATED, b.id().toString(), event))
                        // a rating fulfils the overdue-rating obligation of its year
                        .then(store.close(b.id(), year, List.of(RetrofitObligation.Measure.OVERDUE_RATING.name()),
                                "FULFILLED", today))
                        .then(sync(b, year, wanted, ObligationCodes.FROM_RATING, today, null))
                        .flatMap(raised -> (nextRetrofit == null ? Mono.just(List.<ObligationRecord>of())
                                : sync(b, year + 1, wantedNext, retrofitCodes, today, null))
                                .map(more -> {
                                    List<ObligationRecord> all = new ArrayList<>(raised);
                                    all.addAll(more);
                                    return all;
                                }))
                        .map(raised -> new RatingOutcome(rating, deadlineApplies, intensity, grade, retrofit, raised,
                                List.copyOf(basis)));
            });
        });
    }

    /** Correction order deadline and recorded retrofit of a year. */
    private record YearInputs(LocalDate correctionDeadline, boolean retrofitImplemented) {
    }

    private Mono<YearInputs> inputs(UUID buildingId, int year) {
        Mono<Optional<LocalDate>> correction = store.correctionDeadline(buildingId, year).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        Mono<Boolean> retrofitDone = store.obligation(buildingId, year,
                        RetrofitObligation.Measure.RETROFIT_REQUIRED.name())
                .map(o -> "FULFILLED".equals(o.status())).defaultIfEmpty(false);
        return Mono.zip(correction, retrofitDone).map(t -> new YearInputs(t.getT1().orElse(null), t.getT2()));
    }

    private RetrofitObligation.Decision retrofit(BuildingRecord b, int year,
                                                 List<RetrofitObligation.AnnualGrade> grades, LocalDate ratedOn,
                                                 YearInputs inputs, LocalDate today) {
        return retrofitObligation.evaluate(new RetrofitObligation.Input(
                b.ratingDeadlineApplies(), year, grades, ratedOn, inputs.correctionDeadline(),
                inputs.retrofitImplemented()), today);
    }

    /**
     * Makes the open obligations of {@code year} within {@code scope} equal to {@code wanted}: withdraws the others,
     * raises (or re-opens) the missing ones and writes one {@code obligation-raised} event per raised obligation.
     */
    private Mono<List<ObligationRecord>> sync(BuildingRecord b, int year, Map<String, List<Basis>> wanted,
                                              Collection<String> scope, LocalDate today, LocalDate dueOn) {
        List<String> withdraw = scope.stream().filter(code -> !wanted.containsKey(code)).toList();
        return store.close(b.id(), year, withdraw, "WITHDRAWN", today)
                .thenMany(Flux.fromIterable(wanted.entrySet()))
                .concatMap(entry -> raise(b, year, entry.getKey(), entry.getValue(), today, dueOn))
                .collectList();
    }

    /** Raises one obligation if it is not already recorded (or re-opens a withdrawn one); emits it when raised. */
    private Mono<ObligationRecord> raise(BuildingRecord b, int year, String code, List<Basis> basis, LocalDate today,
                                         LocalDate dueOn) {
        ObligationRecord candidate = new ObligationRecord(UUID.randomUUID(), b.id(), year, code, OPEN, today, dueOn,
                json.write(basis), null);
        return store.raise(candidate)
                .flatMap(inserted -> inserted ? Mono.just(candidate)
                        : store.reopen(b.id(), year, code, today).flatMap(reopened -> reopened
                                ? store.obligation(b.id(), year, code) : Mono.empty()))
                .flatMap(raised -> outbox.append(EnergyEvents.OBLIGATION_RAISED, b.id().toString(),
                                new ObligationRaised(raised.id().toString(), b.id().toString(), b.district(), year,
                                        code, raised.raisedOn(), raised.dueOn(), json.basis(raised.basis())))
                        .thenReturn(raised));
    }

    private static List<Basis> measureBasis(RetrofitObligation.Measure measure, RetrofitObligation.Decision d) {
        return switch (measure) {
            case RETROFIT_REQUIRED -> articles(d.basis(), "第九条");
            case GREEN_DEVELOPMENT_REGULATION_ARTICLE_59 -> articles(d.basis(), "第十三条", "第五十九条");
            case OVERDUE_RATING, CREDIT_SYSTEM_ENTRY -> articles(d.basis(), "第八条", "第十三条");
        };
    }

    static List<Basis> articles(List<Basis> basis, String... articles) {
        List<Basis> selected = basis.stream().filter(x -> List.of(articles).contains(x.article())).toList();
        return selected.isEmpty() ? basis : selected;
    }

    private static void refuseExempt(BuildingRecord b) {
        List<String> exemptions = JsonText.codes(b.exemptions());
        if (exemptions.contains(RatingScope.RatingExemption.STATE_SECRET.name())) {
            throw new RuleViolationException("RATING_EXEMPT", "a public building involving state secrets is not rated",
                    EnergyDocuments.rating("第三条"));
        }
        if (exemptions.contains(RatingScope.RatingExemption.CENTRAL_GOVERNMENT_OFFICE.name())) {
            throw new RuleViolationException("RATING_EXEMPT", "central-government office areas are rated under"
                    + " separate rules", EnergyDocuments.rating("第十五条(二)"));
        }
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
        return buildings.find(buildingId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("building " + buildingId)))
                .map(b -> Access.requireVisible(user, b))
                .flatMapMany(b -> store.obligations(buildingId, false))
                .map(o -> ObligationView.of(o, json));
    }

    public Mono<RatingView> rating(UUID buildingId, int year, CurrentUser user) {
        return buildings.find(buildingId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("building " + buildingId)))
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
        return buildings.deadlineBound().concatMap(b -> overdueOf(b, asOf).concatMap(item -> {
            Map<String, List<Basis>> codes = new LinkedHashMap<>();
            item.decision().measures().stream().filter(m -> ObligationCodes.FROM_OVERDUE.contains(m.name()))
                    .forEach(m -> codes.put(m.name(), measureBasis(m, item.decision())));
            return Flux.fromIterable(codes.entrySet())
                    .<ObligationRecord>concatMap(e -> raise(b, item.year(), e.getKey(), e.getValue(), asOf,
                            RetrofitObligation.Measure.OVERDUE_RATING.name().equals(e.getKey())
                                    ? item.correctionDeadline() : null))
                    .map(ObligationRecord::code).collectList()
                    .map(raised -> new OverdueRating(item.buildingId(), item.district(), item.year(), asOf,
                            item.correctionDeadline(), item.decision(), raised));
        })).collectList();
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
                .flatMapMany(ratedOn -> Flux.fromIterable(years).concatMap(y -> inputs(b.id(), y).flatMap(in -> {
                    // a rating made after asOf did not exist yet on asOf
                    LocalDate rated = ratedOn.get(y) != null && !ratedOn.get(y).isAfter(asOf) ? ratedOn.get(y) : null;
                    RetrofitObligation.Decision decision = retrofitObligation
                            .evaluate(new RetrofitObligation.Input(true, y, List.of(), rated,
                                    in.correctionDeadline(), false), asOf);
                    boolean escalated = decision.measures().stream()
                            .anyMatch(m -> ObligationCodes.FROM_OVERDUE.contains(m.name()));
                    return escalated ? Mono.just(new OverdueRating(b.id(), b.district(), y, asOf,
                            in.correctionDeadline(), decision, List.of())) : Mono.<OverdueRating>empty();
                })));
    }

    /** 第十三条: the district orders correction within a time limit, which must fall after the rating deadline. */
    public Mono<LocalDate> orderCorrection(UUID buildingId, int year, LocalDate deadline, CurrentUser user) {
        return lockBuilding(buildingId).flatMap(b -> {
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
        return lockBuilding(buildingId)
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
        return lockBuilding(buildingId).flatMap(b -> {
            Access.requireReportingParty(user, b);
            return store.rating(buildingId, year)
                    .switchIfEmpty(Mono.error(() -> new RuleViolationException("NOT_RATED",
                            "the building has no rating for " + year, EnergyDocuments.rating("第八条"))))
                    .flatMap(r -> {
                        if (kind == ApplicationKind.DEMONSTRATION && !r.demonstrationEligible()) {
                            return Mono.error(new RuleViolationException("DEMONSTRATION_NOT_ELIGIBLE",
                                    "only grade 1 or 2 buildings may apply for demonstration (grade " + r.grade()
                                            + ")", articles(json.basis(r.basis()), "第十二条")));
                        }
                        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                        Mono<Void> label = kind == ApplicationKind.LABEL ? buildings.markLabelApplied(buildingId, year)
                                : Mono.empty();
                        return store.apply(UUID.randomUUID(), buildingId, year, kind.name(), user.subject(), now)
                                .then(label).thenReturn(r.grade());
                    });
        });
    }

    private Mono<BuildingRecord> lockBuilding(UUID buildingId) {
        return buildings.lock(buildingId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("building " + buildingId)));
    }
}

package cn.beijing.platform.energy.statistics;

import cn.beijing.platform.policy.PolicyInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.energy.policy.MeterReading;
import cn.beijing.platform.energy.policy.statistics.SettlementReconciliation;
import cn.beijing.platform.energy.policy.statistics.SurveyCalendar;
import cn.beijing.platform.energy.policy.statistics.SurveyDataCompleteness;
import cn.beijing.platform.energy.store.BuildingRecord;
import cn.beijing.platform.energy.store.BuildingStore;
import cn.beijing.platform.energy.store.ConsumptionRecord;
import cn.beijing.platform.energy.store.ConsumptionStore;
import cn.beijing.platform.energy.store.JsonText;
import cn.beijing.platform.energy.store.StatisticsStore;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The energy and resource consumption statistics survey (京建法〔2024〕13号): utility settlement data (第五条), the
 * reconciliation of owner and utility figures ([platform rule], configurable tolerance), the yearly calendar and
 * per-district quotas (第七条), completeness per sample (第四条, 第五条). Raw figures never leave this class except to
 * the statistics roles and the reporting party (第八条; the controllers check the roles).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StatisticsSurvey {

    public record QuotaRow(String district, Integer quota) {
    }

    public record QuotaTable(int surveyYear, int dataYear, LocalDate scopeAndQuotaBy, LocalDate publishedOn,
                             boolean publishedOnTime, List<StatisticsStore.Quota> quotas, List<Basis> basis) {
    }

    public record SampleCompleteness(UUID buildingId, String district, List<String> categories, boolean reported,
                                     boolean complete, List<EnergyCarrier> missingCarriers) {
    }

    public record DistrictProgress(String district, Integer quota, int samples, int complete) {
    }

    public record Completeness(int surveyYear, int dataYear, LocalDate dataSubmissionBy,
                               List<DistrictProgress> districts, List<SampleCompleteness> samples,
                               List<Basis> basis) {
    }

    public record Calendar(SurveyCalendar.Schedule schedule, SurveyCalendar.PhaseDecision today) {
    }

    private final BuildingStore buildings;
    private final ConsumptionStore consumption;
    private final StatisticsStore store;
    private final SettlementReconciliation settlementReconciliation;
    private final SurveyCalendar surveyCalendar;
    private final SurveyDataCompleteness surveyDataCompleteness;
    private final Clock clock;

    /** A utility's settlement figure as recorded (13号 第五条). */
    public record SettlementView(UUID buildingId, int year, EnergyCarrier carrier, BigDecimal quantity, String utility,
                                 OffsetDateTime submittedAt, List<Basis> basis) {
    }

    /** A utility's settlement figure for a building, carrier and year (第五条第二款). Call inside a transaction. */
    public Mono<SettlementView> settle(UUID buildingId, int year, EnergyCarrier carrier, BigDecimal quantity,
                                       CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (!carrier.settledByUtility()) {
            errors.add(new FieldError("carrier", carrier + " has no utility settlement data (第五条: electricity, gas,"
                    + " heat, water)"));
        }
        if (quantity.signum() < 0) {
            errors.add(new FieldError("quantity", "must not be negative"));
        }
        if (year > today.getYear()) {
            errors.add(new FieldError("year", "cannot settle a year that has not begun"));
        }
        if (!errors.isEmpty()) {
            return Mono.error(new InvalidInputException(errors));
        }
        return buildings.get(buildingId)
                .flatMap(b -> {
                    StatisticsStore.Settlement s = new StatisticsStore.Settlement(buildingId, year, carrier.name(),
                            quantity, user.subject(), user.agency(),
                            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
                    return store.settle(s).thenReturn(new SettlementView(buildingId, year, carrier, quantity,
                            s.utility(), s.submittedAt(), List.of(EnergyDocuments.statistics("第五条"))));
                });
    }

    /** Owner against utility figures of every utility-settled carrier that either side reported. */
    public Mono<List<SettlementReconciliation.Decision>> reconcile(UUID buildingId, int year) {
        LocalDate today = LocalDate.now(clock);
        return buildings.get(buildingId)
                .flatMap(b -> Mono.zip(
                        consumption.find(buildingId, year).map(r -> r.lines()).defaultIfEmpty(List.of()),
                        store.settlements(buildingId, year).collectList()))
                .map(t -> {
                    Map<EnergyCarrier, BigDecimal> owner = new EnumMap<>(EnergyCarrier.class);
                    t.getT1().forEach(l -> owner.put(EnergyCarrier.valueOf(l.carrier()), l.quantity()));
                    Map<EnergyCarrier, BigDecimal> utility = new EnumMap<>(EnergyCarrier.class);
                    t.getT2().forEach(s -> utility.put(EnergyCarrier.valueOf(s.carrier()), s.quantity()));
                    List<SettlementReconciliation.Comparison> comparisons = new ArrayList<>();
                    for (EnergyCarrier carrier : EnergyCarrier.values()) {
                        if (carrier.settledByUtility() && (owner.containsKey(carrier) || utility.containsKey(carrier))) {
                            comparisons.add(new SettlementReconciliation.Comparison(buildingId.toString(), carrier,
                                    year, owner.get(carrier), utility.get(carrier)));
                        }
                    }
                    return settlementReconciliation.reconcile(comparisons,
                            today);
                });
    }

    public Calendar calendar(int surveyYear) {
        LocalDate today = LocalDate.now(clock);
        SurveyCalendar.Schedule schedule = surveyCalendar.forYear(surveyYear);
        SurveyCalendar.PhaseDecision phase = PolicyInputException.renaming("surveyYear", "date", () -> surveyCalendar.phaseOn(today));
        return new Calendar(schedule, phase);
    }

    /** Publishes (replaces) the per-district quotas of a survey year (第七条(一)). Call inside a transaction. */
    public Mono<QuotaTable> publishQuotas(int surveyYear, List<QuotaRow> rows, CurrentUser user) {
        return Mono.fromCallable(() -> {
            SurveyCalendar.Schedule schedule = surveyCalendar.forYear(surveyYear);
            List<FieldError> errors = new ArrayList<>();
            if (rows == null || rows.isEmpty()) {
                throw new InvalidInputException("body", "must list at least one district");
            }
            LocalDate today = LocalDate.now(clock);
            Set<String> seen = new HashSet<>();
            List<StatisticsStore.Quota> quotas = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                QuotaRow row = rows.get(i);
                String at = "[" + i + "]";
                if (row == null) {
                    errors.add(new FieldError(at, "is required"));
                    continue;
                }
                boolean ok = true;
                if (row.district() == null || row.district().isBlank()) {
                    errors.add(new FieldError(at + ".district", "is required"));
                    ok = false;
                } else if (!seen.add(row.district())) {
                    errors.add(new FieldError(at + ".district", "is listed twice"));
                    ok = false;
                }
                if (row.quota() == null) {
                    errors.add(new FieldError(at + ".quota", "is required"));
                    ok = false;
                } else if (row.quota() < 0) {
                    errors.add(new FieldError(at + ".quota", "must not be negative"));
                    ok = false;
                }
                if (ok) {
                    quotas.add(new StatisticsStore.Quota(surveyYear, row.district(), row.quota(), today,
                            user.subject()));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new QuotaTable(surveyYear, schedule.dataYear(), schedule.scopeAndQuotaBy(), today,
                    !today.isAfter(schedule.scopeAndQuotaBy()), quotas, schedule.basis());
        }).flatMap(table -> store.replaceQuotas(surveyYear, table.quotas()).thenReturn(table));
    }

    /** Completeness of each mandatory sample's data for the survey's data year, and per-district progress. */
    public Mono<Completeness> completeness(int surveyYear, String district) {
        SurveyCalendar.Schedule schedule;
        try {
            schedule = surveyCalendar.forYear(surveyYear);
        } catch (PolicyInputException e) {
            return Mono.error(e);
        }
        int dataYear = schedule.dataYear();
        Flux<SampleCompleteness> samples = buildings.statisticsSamples(district).concatMap(b ->
                consumption.find(b.id(), dataYear).map(r -> check(b, r)).defaultIfEmpty(missing(b)));
        return Mono.zip(samples.collectList(), store.quotas(surveyYear).collectList()).map(t -> {
            Map<String, DistrictProgress> progress = new LinkedHashMap<>();
            t.getT2().stream().filter(q -> district == null || q.district().equals(district))
                    .forEach(q -> progress.put(q.district(), new DistrictProgress(q.district(), q.quota(), 0, 0)));
            for (SampleCompleteness s : t.getT1()) {
                DistrictProgress p = progress.getOrDefault(s.district(), new DistrictProgress(s.district(), null, 0, 0));
                progress.put(s.district(), new DistrictProgress(p.district(), p.quota(), p.samples() + 1,
                        p.complete() + (s.complete() ? 1 : 0)));
            }
            List<Basis> basis = new ArrayList<>(schedule.basis());
            basis.add(EnergyDocuments.statistics("第三条"));
            basis.add(EnergyDocuments.statistics("第四条"));
            basis.add(EnergyDocuments.statistics("第五条"));
            return new Completeness(surveyYear, dataYear, schedule.dataSubmissionBy(),
                    List.copyOf(progress.values()), t.getT1(), basis);
        });
    }

    private SampleCompleteness check(BuildingRecord b, ConsumptionRecord report) {
        SurveyDataCompleteness.Decision d = surveyDataCompleteness.check(
                new SurveyDataCompleteness.Submission(b.id().toString(), report.lines().stream()
                        .map(l -> new MeterReading(EnergyCarrier.valueOf(l.carrier()), l.quantity())).toList()));
        return new SampleCompleteness(b.id(), b.district(), JsonText.codes(b.statisticsCategories()), true,
                d.complete(), d.missingCarriers());
    }

    private static SampleCompleteness missing(BuildingRecord b) {
        return new SampleCompleteness(b.id(), b.district(), JsonText.codes(b.statisticsCategories()), false, false,
                List.of(EnergyCarrier.values()));
    }
}

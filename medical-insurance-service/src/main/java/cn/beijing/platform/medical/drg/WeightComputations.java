package cn.beijing.platform.medical.drg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.imports.ImportErrors;
import cn.beijing.platform.medical.policy.drg.DrgWeightCalculation;
import cn.beijing.platform.medical.policy.drg.DrgWeightCalculationResult;
import cn.beijing.platform.medical.policy.drg.HistoricalCases;
import cn.beijing.platform.medical.store.DrgCaseStore;
import cn.beijing.platform.medical.store.WeightComputationStore;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Group weights from historical cases with the policy's {@link DrgWeightCalculation}: cases uploaded as CSV, or the
 * cases settled on this platform in a discharge window. The computation runs off the event loop (it is CPU work of
 * about a second per million cases) and its result is stored.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WeightComputations {

    private final DrgWeightCalculation calculation;
    private final DrgCaseStore cases;
    private final WeightComputationStore store;
    private final JsonMapper json;
    private final Clock clock;

    public Mono<WeightComputation> fromCsv(String csv, String computedBy) {
        return Mono.fromCallable(() -> {
                    ImportErrors errors = new ImportErrors();
                    HistoricalCases historical = HistoricalCaseCsv.read(csv, errors);
                    errors.throwIfAny();
                    return historical;
                })
                .subscribeOn(Schedulers.parallel())
                .flatMap(historical -> compute(historical, "CSV upload", computedBy));
    }

    public Mono<WeightComputation> fromStoredCases(LocalDate dischargeFrom, LocalDate dischargeTo, String computedBy) {
        if (dischargeTo.isBefore(dischargeFrom)) {
            return Mono.error(new InvalidInputException("dischargeTo", "is before dischargeFrom"));
        }
        return cases.costs(dischargeFrom, dischargeTo)
                .collect(() -> new Columns(), Columns::add)
                .flatMap(columns -> {
                    if (columns.codes.isEmpty()) {
                        return Mono.error(new InvalidInputException("dischargeFrom",
                                "no settled case was discharged from " + dischargeFrom + " to " + dischargeTo));
                    }
                    return compute(HistoricalCaseCsv.of(columns.codes, columns.fen),
                            "settled cases discharged " + dischargeFrom + ".." + dischargeTo, computedBy);
                });
    }

    public Mono<WeightComputation> find(UUID id) {
        return store.find(id)
                .map(stored -> json.readValue(stored.resultJson(), WeightComputation.class))
                .switchIfEmpty(Mono.error(new NotFoundException("weight computation " + id)));
    }

    private Mono<WeightComputation> compute(HistoricalCases historical, String source, String computedBy) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return Mono.fromCallable(() -> {
                    DrgWeightCalculationResult r = calculation.compute(historical, today);
                    return new WeightComputation(UUID.randomUUID(), source, computedBy, now, r.quartileMethod(),
                            r.lowerFenceMultiplier(), r.upperFenceMultiplier(), r.totalCases(), r.retainedCases(),
                            r.overallTrimmedMean(), r.groups(), r.basis());
                })
                .subscribeOn(Schedulers.parallel())
                .flatMap(w -> store.insert(new WeightComputationStore.StoredComputation(w.id(), source, w.totalCases(),
                        w.retainedCases(), json.writeValueAsString(w), computedBy, now)).thenReturn(w));
    }

    private static final class Columns {
        final List<String> codes = new ArrayList<>();
        final List<Long> fen = new ArrayList<>();

        void add(DrgCaseStore.CaseCost cost) {
            codes.add(cost.groupCode());
            fen.add(cost.fen());
        }
    }
}

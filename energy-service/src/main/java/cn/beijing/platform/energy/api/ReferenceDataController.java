package cn.beijing.platform.energy.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.common.basis.Basis;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.energy.parameters.EnergyParameters;
import cn.beijing.platform.energy.policy.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.energy.policy.InForce;
import cn.beijing.platform.energy.rating.IntensityLimits;
import cn.beijing.platform.energy.rating.LimitRow;
import cn.beijing.platform.energy.rating.PolicyCalls;
import cn.beijing.platform.energy.store.IntensityLimitRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Reference data: the guide/constraint table per rating year (imported; DB11/T 1413 values are not in the gazette)
 * and the energy conversion factors in force (from the shipped, effective-dated parameter file).
 */
@RestController
class ReferenceDataController {

    static final String SAMPLE_NOTICE = "SAMPLE values for demonstrations and tests, NOT the guide/constraint values"
            + " of DB11/T 1413; import the official table before relying on a rating.";

    /**
     * A year's table. {@code sample} is true when any row comes from the shipped SAMPLE file; {@code notice} then
     * says so in words.
     */
    record IntensityLimitTable(int year, String unit, boolean sample, String notice, List<Row> rows,
                               List<Basis> basis) {
        record Row(String buildingType, BigDecimal guideValue, BigDecimal constraintValue, boolean sample,
                   String importedBy, OffsetDateTime importedAt) {
        }
    }

    record ConversionFactorTable(LocalDate date, String version, List<Row> rows, List<Basis> basis) {
        record Row(EnergyCarrier carrier, String carrierUnit, BigDecimal kgcePerUnit, boolean countedInIntensity) {
        }
    }

    private final IntensityLimits limits;
    private final IdempotentCommands commands;
    private final EnergyParameters parameters;
    private final Clock clock;

    ReferenceDataController(IntensityLimits limits, IdempotentCommands commands, EnergyParameters parameters,
                            Clock clock) {
        this.limits = limits;
        this.commands = commands;
        this.parameters = parameters;
        this.clock = clock;
    }

    @PutMapping("/api/energy/intensity-limits/{year}")
    @PreAuthorize("hasRole('ENERGY_AUTHORITY')")
    Mono<ResponseEntity<IntensityLimitTable>> importYear(@PathVariable int year, @RequestBody List<LimitRow> rows,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return Callers.current().flatMap(user -> commands.run(key,
                "PUT /api/energy/intensity-limits/" + year + " by " + user.subject(), rows, IntensityLimitTable.class,
                () -> limits.importYear(year, rows, user.subject()).map(r -> ResponseEntity.ok(table(year, r)))));
    }

    @GetMapping("/api/energy/intensity-limits/{year}")
    Mono<IntensityLimitTable> year(@PathVariable int year) {
        return limits.year(year).collectList()
                .flatMap(rows -> rows.isEmpty()
                        ? Mono.error(new NotFoundException("guide/constraint table of " + year))
                        : Mono.just(table(year, rows)));
    }

    @GetMapping("/api/energy/conversion-factors")
    Mono<ConversionFactorTable> conversionFactors(@RequestParam(required = false) LocalDate date) {
        return Mono.fromCallable(() -> {
            LocalDate on = date != null ? date : LocalDate.now(clock);
            InForce<ComprehensiveIntensity.ConversionFactors> factors = PolicyCalls.decide("date",
                    () -> parameters.comprehensiveIntensity().conversionFactors().on(on));
            List<ConversionFactorTable.Row> rows = new ArrayList<>();
            for (EnergyCarrier carrier : EnergyCarrier.values()) {
                ComprehensiveIntensity.ConversionFactor f = factors.value().of(carrier);
                rows.add(new ConversionFactorTable.Row(carrier, f.carrierUnit(), f.kgcePerUnit(),
                        f.countedInIntensity()));
            }
            return new ConversionFactorTable(on, factors.version(), rows,
                    List.of(EnergyDocuments.rating("第四条", factors)));
        });
    }

    static IntensityLimitTable table(int year, List<IntensityLimitRecord> records) {
        boolean sample = records.stream().anyMatch(IntensityLimitRecord::sample);
        return new IntensityLimitTable(year, "kgce/m²", sample, sample ? SAMPLE_NOTICE : null,
                records.stream().map(r -> new IntensityLimitTable.Row(r.buildingType(), r.guideValue(),
                        r.constraintValue(), r.sample(), r.importedBy(), r.importedAt())).toList(),
                List.of(EnergyDocuments.rating("第五条")));
    }
}

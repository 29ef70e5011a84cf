package cn.beijing.platform.energy.api;

import cn.beijing.platform.policy.InForce;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.energy.rating.ConversionFactorVersions;
import cn.beijing.platform.energy.rating.FactorRow;
import cn.beijing.platform.energy.rating.IntensityLimits;
import cn.beijing.platform.energy.rating.LimitRow;
import cn.beijing.platform.energy.rating.IntensityLimits.IntensityLimitTable;
import cn.beijing.platform.common.input.Year;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
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
 * and the energy conversion factors in force (imported, effective-dated versions; the shipped parameter file before
 * the first import).
 */
@RestController
@RequiredArgsConstructor
class ReferenceDataController {

    /**
     * The conversion factors in force on {@code date} (for an import: its valid_from), the same a rating of the year
     * ending on {@code date} converts with. {@code source}: {@code imported} (with {@code id}, {@code importedBy},
     * {@code importedAt}) or {@code parameter-file}; {@code version} is the string a rating's basis cites;
     * {@code validFrom} the version's own date, {@code appliesFrom} the first day whose consumption it converts (for
     * the shipped file's first version: January 1 of the first rated year, 2024).
     */
    record ConversionFactorTable(LocalDate date, String version, String source, UUID id, LocalDate validFrom,
                                 LocalDate appliesFrom, String importedBy, OffsetDateTime importedAt, List<Row> rows,
                                 List<Basis> basis) {
        record Row(EnergyCarrier carrier, String carrierUnit, BigDecimal kgcePerUnit, boolean countedInIntensity) {
        }
    }

    private final IntensityLimits limits;
    private final ConversionFactorVersions factors;
    private final Commands commands;
    private final RequestDates dates;

    @Operation(summary = "Import the guide and constraint values of a year (京建法〔2024〕12号 第五条)")
    @PutMapping("/api/energy/intensity-limits/{year}")
    @PreAuthorize("hasRole('ENERGY_AUTHORITY')")
    Mono<ResponseEntity<IntensityLimitTable>> importYear(@PathVariable @Year int year, @RequestBody @Size(max = 100) List<LimitRow> rows,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "PUT /api/energy/intensity-limits/" + year, rows, IntensityLimitTable.class,
                user -> limits.importYear(year, rows, user.subject()).map(ResponseEntity::ok));
    }

    @Operation(summary = "The guide and constraint values of a year (京建法〔2024〕12号 第五条)")
    @GetMapping("/api/energy/intensity-limits/{year}")
    Mono<IntensityLimitTable> year(@PathVariable @Year int year) {
        return limits.year(year);
    }

    /**
     * Imports (or replaces) the conversion-factor version valid from {@code validFrom}: one row per converted
     * carrier ({@code [{carrier, factor, unit?}]}, kgce per carrier unit). A bad table is refused as a whole.
     */
    @Operation(summary = "Import the conversion factors valid from a date (京建法〔2024〕12号 第四条)")
    @PutMapping("/api/energy/conversion-factors/{validFrom}")
    @PreAuthorize("hasRole('ENERGY_AUTHORITY')")
    Mono<ResponseEntity<ConversionFactorTable>> importFactors(@PathVariable LocalDate validFrom,
            @RequestBody @Size(max = 100) List<FactorRow> rows,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "PUT /api/energy/conversion-factors/" + validFrom, rows, ConversionFactorTable.class,
                user -> factors.importVersion(validFrom, rows, user.subject())
                        .map(f -> ResponseEntity.ok(table(validFrom, f))));
    }

    @Operation(summary = "The conversion factors in force on a date (京建法〔2024〕12号 第四条)")
    @GetMapping("/api/energy/conversion-factors")
    Mono<ConversionFactorTable> conversionFactors(@RequestParam(required = false) LocalDate date) {
        LocalDate on = dates.orToday(date);
        return factors.on(on).map(f -> table(on, f));
    }

    private static ConversionFactorTable table(LocalDate on, ConversionFactorVersions.Factors f) {
        InForce<ComprehensiveIntensity.ConversionFactors> inForce = f.factors();
        List<ConversionFactorTable.Row> rows = new ArrayList<>();
        for (EnergyCarrier carrier : EnergyCarrier.values()) {
            ComprehensiveIntensity.ConversionFactor row = inForce.value().of(carrier);
            rows.add(new ConversionFactorTable.Row(carrier, row.carrierUnit(), row.kgcePerUnit(),
                    row.countedInIntensity()));
        }
        return new ConversionFactorTable(on, inForce.version(), f.source(), f.importedId(), inForce.validFrom(),
                f.appliesFrom(), f.importedBy(), f.importedAt(), rows, List.of(EnergyDocuments.rating("第四条", inForce)));
    }
}

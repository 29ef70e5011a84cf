package cn.beijing.platform.energy.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.rating.ExcludedLoadCategory;
import cn.beijing.platform.energy.policy.MeterReading;
import cn.beijing.platform.energy.rating.ConsumptionReports;
import cn.beijing.platform.energy.rating.ConsumptionReports.ConsumptionView;
import cn.beijing.platform.common.input.Quantity;
import cn.beijing.platform.common.input.Year;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The owner's annual consumption report per carrier with the excluded sub-metered loads (京建法〔2024〕12号 第四条,
 * 13号 第四条/第五条). Raw figures are readable only by the reporting party and the statistics roles (13号 第八条).
 */
@RestController
@RequiredArgsConstructor
class ConsumptionController {

    record ConsumptionRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid Reading> consumption,
                              @Size(max = 100) List<@NotNull @Valid Excluded> excludedLoads) {
        /** @param quantity in the carrier's unit (see {@code GET /api/energy/conversion-factors}) */
        record Reading(@NotNull EnergyCarrier carrier, @NotNull @Quantity BigDecimal quantity) {
        }

        record Excluded(@NotNull ExcludedLoadCategory category, @NotNull EnergyCarrier carrier,
                        @NotNull @Quantity BigDecimal quantity) {
        }
    }

    private final ConsumptionReports reports;
    private final Commands commands;

    @Operation(summary = "Report a year's consumption per carrier with the excluded sub-metered loads (京建法〔2024〕12号 第四条; 京建法〔2024〕13号 第四条, 第五条)")
    @PutMapping("/api/energy/buildings/{id}/consumption/{year}")
    @PreAuthorize("hasRole('ENERGY_OWNER')")
    Mono<ResponseEntity<ConsumptionView>> report(@PathVariable UUID id, @PathVariable @Year int year,
            @Valid @RequestBody ConsumptionRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        List<MeterReading> readings = request.consumption().stream()
                .map(r -> new MeterReading(r.carrier(), r.quantity())).toList();
        List<ComprehensiveIntensity.ExcludedLoad> loads = request.excludedLoads() == null ? List.of()
                : request.excludedLoads().stream()
                        .map(l -> new ComprehensiveIntensity.ExcludedLoad(l.category(), l.carrier(), l.quantity()))
                        .toList();
        return commands.run(key, "PUT /api/energy/buildings/" + id + "/consumption/" + year, request,
                ConsumptionView.class, user -> reports.report(id, year, readings, loads, user).map(ResponseEntity::ok));
    }

    @Operation(summary = "A reported year of consumption, for the reporting party and the statistics roles (京建法〔2024〕13号 第八条)")
    @GetMapping("/api/energy/buildings/{id}/consumption/{year}")
    @PreAuthorize("hasAnyRole('ENERGY_OWNER','STATISTICS','ENERGY_AUTHORITY','ENERGY_DISTRICT')")
    Mono<ConsumptionView> read(@PathVariable UUID id, @PathVariable @Year int year) {
        return Callers.current().flatMap(user -> reports.read(id, year, user));
    }
}

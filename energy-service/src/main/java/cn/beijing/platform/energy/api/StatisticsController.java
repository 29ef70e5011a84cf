package cn.beijing.platform.energy.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.input.Quantity;
import cn.beijing.platform.common.input.Year;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.statistics.SettlementReconciliation;
import cn.beijing.platform.energy.statistics.SpotChecks;
import cn.beijing.platform.energy.statistics.StatisticsSurvey;
import cn.beijing.platform.energy.statistics.StatisticsSurvey.SettlementView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/**
 * The statistics survey (京建法〔2024〕13号): utility settlements, reconciliation, calendar, quotas, completeness;
 * and the district spot checks of 京建法〔2024〕12号 第十条. Raw figures go only to the submitting party and the
 * statistics roles (13号 第八条).
 */
@RestController
@RequiredArgsConstructor
class StatisticsController {

    record SettlementRequest(@NotNull @Quantity BigDecimal quantity) {
    }

    record ReconciliationResponse(UUID buildingId, int year, int flagged,
                                  List<SettlementReconciliation.Decision> comparisons) {
    }

    record SpotCheckRequest(Long seed) {
    }

    private final StatisticsSurvey survey;
    private final SpotChecks spotChecks;
    private final Commands commands;

    @Operation(summary = "Submit a utility's settled quantity of a carrier for a year (京建法〔2024〕13号 第五条)")
    @PutMapping("/api/energy/buildings/{id}/settlements/{year}/{carrier}")
    @PreAuthorize("hasRole('ENERGY_UTILITY')")
    Mono<ResponseEntity<SettlementView>> settle(@PathVariable UUID id, @PathVariable @Year int year,
            @PathVariable EnergyCarrier carrier, @Valid @RequestBody SettlementRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "PUT /api/energy/buildings/" + id + "/settlements/" + year + "/" + carrier, request,
                SettlementView.class, user -> survey.settle(id, year, carrier, request.quantity(), user)
                        .map(ResponseEntity::ok));
    }

    @Operation(summary = "Owner-reported against utility-settled quantities, flagged above the tolerance (京建法〔2024〕13号 第五条, 第八条)")
    @GetMapping("/api/energy/buildings/{id}/reconciliations/{year}")
    @PreAuthorize("hasAnyRole('STATISTICS','ENERGY_AUTHORITY')")
    Mono<ReconciliationResponse> reconcile(@PathVariable UUID id, @PathVariable @Year int year) {
        return survey.reconcile(id, year).map(decisions -> new ReconciliationResponse(id, year,
                (int) decisions.stream().filter(SettlementReconciliation.Decision::flagged).count(), decisions));
    }

    @Operation(summary = "The survey calendar of a year: March 31, May 31, September 30 (京建法〔2024〕13号 第七条)")
    @GetMapping("/api/energy/surveys/{surveyYear}/calendar")
    Mono<StatisticsSurvey.Calendar> calendar(@PathVariable @Year int surveyYear) {
        return Mono.fromCallable(() -> survey.calendar(surveyYear));
    }

    @Operation(summary = "Set the survey's sample quotas per district (京建法〔2024〕13号 第三条, 第六条)")
    @PutMapping("/api/energy/surveys/{surveyYear}/quotas")
    @PreAuthorize("hasRole('ENERGY_AUTHORITY')")
    Mono<ResponseEntity<StatisticsSurvey.QuotaTable>> publishQuotas(@PathVariable @Year int surveyYear,
            @RequestBody List<StatisticsSurvey.QuotaRow> rows,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "PUT /api/energy/surveys/" + surveyYear + "/quotas", rows,
                StatisticsSurvey.QuotaTable.class, user -> survey.publishQuotas(surveyYear, rows, user)
                        .map(ResponseEntity::ok));
    }

    @Operation(summary = "Completeness of the survey per sample, without figures (京建法〔2024〕13号 第七条, 第八条)")
    @GetMapping("/api/energy/surveys/{surveyYear}/completeness")
    @PreAuthorize("hasAnyRole('STATISTICS','ENERGY_AUTHORITY','ENERGY_DISTRICT')")
    Mono<StatisticsSurvey.Completeness> completeness(@PathVariable @Year int surveyYear,
                                                     @RequestParam(required = false) String district) {
        return survey.completeness(surveyYear, district);
    }

    @Operation(summary = "Draw the district's spot checks: 5 % of large public buildings plus every label applicant (京建法〔2024〕12号 第十条)")
    @PostMapping("/api/energy/spot-checks/{district}/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ENERGY_DISTRICT','ENERGY_AUTHORITY')")
    Mono<ResponseEntity<SpotChecks.RecordedDraw>> draw(@PathVariable @Size(max = 100) String district, @PathVariable @Year int year,
            @RequestBody(required = false) SpotCheckRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        Long seed = request == null ? null : request.seed();
        String path = "/api/energy/spot-checks/" + district + "/" + year;
        return commands.create(key, path, seed == null ? "" : seed.toString(), SpotChecks.RecordedDraw.class,
                user -> spotChecks.draw(district, year, seed, user));
    }

    @Operation(summary = "The recorded spot-check draw of a district and year (京建法〔2024〕12号 第十条)")
    @GetMapping("/api/energy/spot-checks/{district}/{year}")
    @PreAuthorize("hasAnyRole('ENERGY_DISTRICT','ENERGY_AUTHORITY')")
    Mono<SpotChecks.RecordedDraw> recordedDraw(@PathVariable @Size(max = 100) String district, @PathVariable @Year int year) {
        return spotChecks.recorded(district, year);
    }
}

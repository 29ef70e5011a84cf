package cn.beijing.platform.energy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.energy.policy.EnergyDocuments;
import cn.beijing.platform.energy.rating.OverdueRating;
import cn.beijing.platform.energy.rating.ObligationView;
import cn.beijing.platform.energy.rating.RatingView;
import cn.beijing.platform.energy.rating.Ratings;
import cn.beijing.platform.common.input.Year;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Ratings (京建法〔2024〕12号 第五条, 第八条, 第九条), obligations and their escalation (第十三条), label and demonstration
 * applications (第八条, 第十二条).
 */
@RestController
@RequiredArgsConstructor
class RatingController {

    record ApplicationRequest(@NotNull @Year Integer year) {
    }

    record ApplicationResponse(UUID buildingId, int year, String kind, int grade, List<Basis> basis) {
    }

    record CorrectionOrderRequest(@NotNull @Year Integer year, @NotNull LocalDate deadline) {
    }

    record CorrectionOrderResponse(UUID buildingId, int year, LocalDate ratingDeadline, LocalDate deadline,
                                   List<Basis> basis) {
    }

    record OverdueEvaluationRequest(LocalDate asOf) {
    }

    /** A rating overdue on {@code asOf}; {@code measures}: OVERDUE_RATING and/or CREDIT_SYSTEM_ENTRY. */
    record OverdueResponse(UUID buildingId, String district, int year, LocalDate asOf, LocalDate ratingDeadline,
                           LocalDate correctionDeadline, List<String> measures, List<String> raised,
                           List<Basis> basis) {
    }

    private final Ratings ratings;
    private final Commands commands;
    private final RequestDates dates;

    @Operation(summary = "Rate a building for a year: intensity, grade, obligations and rating deadline (京建法〔2024〕12号 第五条, 第八条, 第九条)")
    @PostMapping("/api/energy/buildings/{id}/ratings/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ENERGY_OWNER')")
    Mono<ResponseEntity<RatingView>> rate(@PathVariable UUID id, @PathVariable @Year int year,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        String path = "/api/energy/buildings/" + id + "/ratings/" + year;
        return commands.create(key, path, path, RatingView.class, user -> ratings.rate(id, year, user));
    }

    @Operation(summary = "The stored rating of a year (京建法〔2024〕12号 第五条, 第九条)")
    @GetMapping("/api/energy/buildings/{id}/ratings/{year}")
    @PreAuthorize("hasAnyRole('ENERGY_OWNER','ENERGY_DISTRICT','ENERGY_AUTHORITY','STATISTICS')")
    Mono<RatingView> rating(@PathVariable UUID id, @PathVariable @Year int year) {
        return Callers.current().flatMap(user -> ratings.rating(id, year, user));
    }

    @Operation(summary = "The building's obligations (京建法〔2024〕12号 第九条, 第十三条)")
    @GetMapping("/api/energy/buildings/{id}/obligations")
    @PreAuthorize("hasAnyRole('ENERGY_OWNER','ENERGY_DISTRICT','ENERGY_AUTHORITY','STATISTICS')")
    Flux<ObligationView> obligations(@PathVariable UUID id) {
        return Callers.current().flatMapMany(user -> ratings.obligations(id, user));
    }

    @Operation(summary = "Close an obligation as fulfilled (京建法〔2024〕12号 第九条, 第十三条)")
    @PostMapping("/api/energy/buildings/{id}/obligations/{obligationId}/fulfilment")
    @PreAuthorize("hasRole('ENERGY_DISTRICT')")
    Mono<ResponseEntity<ObligationView>> fulfil(@PathVariable UUID id, @PathVariable UUID obligationId,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        String path = "/api/energy/buildings/" + id + "/obligations/" + obligationId + "/fulfilment";
        return commands.run(key, "POST " + path, path, ObligationView.class,
                user -> ratings.fulfil(id, obligationId).map(ResponseEntity::ok));
    }

    @Operation(summary = "Order an overdue large public building to correct within a time limit (京建法〔2024〕12号 第十三条)")
    @PostMapping("/api/energy/buildings/{id}/correction-orders")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ENERGY_DISTRICT')")
    Mono<ResponseEntity<CorrectionOrderResponse>> orderCorrection(@PathVariable UUID id,
            @Valid @RequestBody CorrectionOrderRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST /api/energy/buildings/" + id + "/correction-orders", request,
                CorrectionOrderResponse.class,
                user -> ratings.orderCorrection(id, request.year(), request.deadline(), user)
                        .map(ratingDeadline -> ResponseEntity.status(HttpStatus.CREATED).body(
                                new CorrectionOrderResponse(id, request.year(), ratingDeadline, request.deadline(),
                                        List.of(EnergyDocuments.rating("第八条"), EnergyDocuments.rating("第十三条"))))));
    }

    @Operation(summary = "Apply for the energy-efficiency label of a rated year (京建法〔2024〕12号 第八条)")
    @PostMapping("/api/energy/buildings/{id}/label-applications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ENERGY_OWNER')")
    Mono<ResponseEntity<ApplicationResponse>> applyForLabel(@PathVariable UUID id,
            @Valid @RequestBody ApplicationRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return apply(id, request, key, Ratings.ApplicationKind.LABEL, "label-applications", "第八条");
    }

    @Operation(summary = "Apply as a demonstration building, grades 1 and 2 only (京建法〔2024〕12号 第十二条)")
    @PostMapping("/api/energy/buildings/{id}/demonstration-applications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ENERGY_OWNER')")
    Mono<ResponseEntity<ApplicationResponse>> applyForDemonstration(@PathVariable UUID id,
            @Valid @RequestBody ApplicationRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return apply(id, request, key, Ratings.ApplicationKind.DEMONSTRATION, "demonstration-applications", "第十二条");
    }

    private Mono<ResponseEntity<ApplicationResponse>> apply(UUID id, ApplicationRequest request, String key,
            Ratings.ApplicationKind kind, String segment, String article) {
        return commands.run(key, "POST /api/energy/buildings/" + id + "/" + segment, request, ApplicationResponse.class,
                user -> ratings.apply(id, request.year(), kind, user)
                        .map(grade -> ResponseEntity.status(HttpStatus.CREATED).body(new ApplicationResponse(id,
                                request.year(), kind.name(), grade, List.of(EnergyDocuments.rating(article))))));
    }

    @Operation(summary = "Preview the large public buildings whose rating is overdue (京建法〔2024〕12号 第八条, 第十三条)")
    @GetMapping("/api/energy/obligations/overdue")
    @PreAuthorize("hasAnyRole('ENERGY_DISTRICT','ENERGY_AUTHORITY')")
    Flux<OverdueResponse> overdue(@RequestParam(required = false) LocalDate asOf) {
        LocalDate date = dates.orToday(asOf);
        return ratings.overdue(date).map(RatingController::overdueResponse);
    }

    @Operation(summary = "Record the overdue-rating and credit-system obligations (京建法〔2024〕12号 第八条, 第十三条)")
    @PostMapping("/api/energy/obligations/overdue-evaluations")
    @PreAuthorize("hasAnyRole('ENERGY_DISTRICT','ENERGY_AUTHORITY')")
    Mono<ResponseEntity<List<OverdueResponse>>> raiseOverdue(@RequestBody(required = false) OverdueEvaluationRequest
                                                                     request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        LocalDate date = dates.orToday(request != null ? request.asOf() : null);
        @SuppressWarnings("unchecked")
        Class<List<OverdueResponse>> type = (Class<List<OverdueResponse>>) (Class<?>) List.class;
        return commands.run(key, "POST /api/energy/obligations/overdue-evaluations", date.toString(), type,
                user -> ratings.raiseOverdue(date).map(items -> ResponseEntity.ok(
                        items.stream().map(RatingController::overdueResponse).toList())));
    }

    private static OverdueResponse overdueResponse(OverdueRating o) {
        return new OverdueResponse(o.buildingId(), o.district(), o.year(), o.asOf(), o.decision().ratingDeadline(),
                o.correctionDeadline(), o.decision().measures().stream().map(Enum::name).toList(), o.raised(),
                o.decision().basis());
    }
}

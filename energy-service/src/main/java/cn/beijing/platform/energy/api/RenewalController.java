package cn.beijing.platform.energy.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.energy.policy.renewal.RenewalPriority;
import cn.beijing.platform.energy.renewal.RenewalActions;
import cn.beijing.platform.energy.renewal.RenewalActions.NominationView;
import cn.beijing.platform.energy.renewal.RenewalActions.PlanView;
import cn.beijing.platform.energy.renewal.RenewalLedger;
import cn.beijing.platform.energy.renewal.RenewalStatus;
import cn.beijing.platform.common.input.FreeText;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/** The renewal ledger of 京建法〔2024〕14号: status, nominations (第八条), priority (第九条), plans and notice (第十八条). */
@RestController
@RequiredArgsConstructor
class RenewalController {

    record NominationRequest(@NotBlank @Size(max = 2000) @FreeText String criteria) {
    }

    record NominationDecisionRequest(@NotNull Boolean accepted) {
    }

    record PriorityRequest(@NotNull Boolean clearPropertyRights, @NotNull Boolean ownerWillingToPromote,
                           @NotNull Boolean wholeBuildingVacant, @NotNull Boolean relocationCompleted,
                           @NotNull Boolean ownerSeekingMarketPartner, @NotNull Boolean designatedForKeySupport) {
    }

    record PlanRequest(@NotBlank @Size(max = 500) String title, @NotNull LocalDate approvedOn,
                       @NotNull LocalDate publishedOn, LocalDate plannedLastDay) {
    }

    private final RenewalActions actions;
    private final RenewalLedger ledger;
    private final Commands commands;

    @Operation(summary = "The building's renewal status: class 1 or 2 with reasons and obligations (京建法〔2024〕14号 第二条, 第七条)")
    @GetMapping("/api/energy/buildings/{id}/renewal")
    @PreAuthorize("hasAnyRole('ENERGY_OWNER','ENERGY_DISTRICT','ENERGY_AUTHORITY','STATISTICS')")
    Mono<RenewalStatus> status(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> ledger.status(id, user));
    }

    @Operation(summary = "Nominate a building as low-efficiency (京建法〔2024〕14号 第八条)")
    @PostMapping("/api/energy/buildings/{id}/low-efficiency-nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ENERGY_OWNER','ENERGY_DISTRICT')")
    Mono<ResponseEntity<NominationView>> nominate(@PathVariable UUID id,
            @Valid @RequestBody NominationRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST /api/energy/buildings/" + id + "/low-efficiency-nominations", request,
                NominationView.class, user -> actions.nominate(id, request.criteria(), user)
                        .map(n -> ResponseEntity.created(URI.create("/api/energy/low-efficiency-nominations/" + n.id()))
                                .body(n)));
    }

    @Operation(summary = "Decide on a low-efficiency nomination (京建法〔2024〕14号 第八条)")
    @PostMapping("/api/energy/low-efficiency-nominations/{nominationId}/decision")
    @PreAuthorize("hasRole('ENERGY_DISTRICT')")
    Mono<ResponseEntity<NominationView>> decide(@PathVariable UUID nominationId,
            @Valid @RequestBody NominationDecisionRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST /api/energy/low-efficiency-nominations/" + nominationId + "/decision", request,
                NominationView.class, user -> actions.decide(nominationId, request.accepted(), user)
                        .map(ResponseEntity::ok));
    }

    @Operation(summary = "Evaluate the renewal priority of a building (京建法〔2024〕14号 第九条)")
    @PostMapping("/api/energy/buildings/{id}/renewal-priority-evaluations")
    @PreAuthorize("hasRole('ENERGY_DISTRICT')")
    Mono<ResponseEntity<RenewalPriority.Decision>> priority(@PathVariable UUID id,
            @Valid @RequestBody PriorityRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        RenewalActions.PriorityFacts facts = new RenewalActions.PriorityFacts(request.clearPropertyRights(),
                request.ownerWillingToPromote(), request.wholeBuildingVacant(), request.relocationCompleted(),
                request.ownerSeekingMarketPartner(), request.designatedForKeySupport());
        return commands.run(key, "POST /api/energy/buildings/" + id + "/renewal-priority-evaluations", request,
                RenewalPriority.Decision.class, user -> actions.evaluatePriority(id, facts, user)
                        .map(ResponseEntity::ok));
    }

    @Operation(summary = "Record an approved renewal plan and its public notice (京建法〔2024〕14号 第十八条)")
    @PostMapping("/api/energy/buildings/{id}/renewal-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ENERGY_DISTRICT')")
    Mono<ResponseEntity<PlanView>> plan(@PathVariable UUID id, @Valid @RequestBody PlanRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST /api/energy/buildings/" + id + "/renewal-plans", request, PlanView.class,
                user -> actions.recordPlan(id, request.title(), request.approvedOn(), request.publishedOn(),
                                request.plannedLastDay(), user)
                        .map(p -> ResponseEntity.created(URI.create("/api/energy/buildings/" + id + "/renewal"))
                                .body(p)));
    }
}

package cn.beijing.platform.energy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.input.FreeText;
import cn.beijing.platform.energy.policy.renewal.OldBuildingClassification.AppraisalGrade;
import cn.beijing.platform.energy.renewal.SafetyAppraisals;
import cn.beijing.platform.energy.renewal.SafetyAppraisals.AppraisalView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Class-1 safety appraisals (京建法〔2024〕14号 第七条第二款): the district records the report's grades and when the
 * measures it recommends were completed; the response says whether the building entered or left class 1 (第二条).
 */
@RestController
@RequiredArgsConstructor
class SafetyAppraisalController {

    /** @param reportReference the appraisal report's number (no names) */
    record AppraisalRequest(@NotNull LocalDate appraisedOn, AppraisalGrade dangerGrade,
                            AppraisalGrade structuralOrSeismicGrade, LocalDate measuresCompletedOn,
                            @NotBlank @Size(max = 200) @FreeText String reportReference) {
    }

    private final SafetyAppraisals appraisals;
    private final Commands commands;

    @Operation(summary = "Record a safety appraisal: its grades and when its measures were completed; whether the building enters or leaves class 1 (京建法〔2024〕14号 第二条, 第七条第二款)")
    @PostMapping("/api/energy/buildings/{id}/safety-appraisals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ENERGY_DISTRICT')")
    Mono<ResponseEntity<AppraisalView>> record(@PathVariable UUID id, @Valid @RequestBody AppraisalRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        SafetyAppraisals.AppraisalFacts facts = new SafetyAppraisals.AppraisalFacts(request.appraisedOn(),
                request.dangerGrade(), request.structuralOrSeismicGrade(), request.measuresCompletedOn(),
                request.reportReference());
        return commands.create(key, "/api/energy/buildings/" + id + "/safety-appraisals", request, AppraisalView.class,
                user -> appraisals.record(id, facts, user));
    }

    @Operation(summary = "The building's safety appraisals (京建法〔2024〕14号 第七条第二款)")
    @GetMapping("/api/energy/buildings/{id}/safety-appraisals")
    @PreAuthorize("hasAnyRole('ENERGY_OWNER','ENERGY_DISTRICT','ENERGY_AUTHORITY','STATISTICS')")
    Mono<List<AppraisalView>> list(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> appraisals.list(id, user));
    }
}

package cn.beijing.platform.medical.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.medical.drg.WeightAdoptions;
import cn.beijing.platform.medical.drg.WeightAdoptions.AdoptionView;
import cn.beijing.platform.medical.drg.WeightComputation;
import cn.beijing.platform.medical.drg.WeightComputations;
import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;

/**
 * Group weights from historical cases (京医保发〔2024〕24号 二(一), quartile trimming per {@code drg-weight-trimming}),
 * for the bureau: a CSV upload ({@code group_code,cost}) or the settled cases of a discharge window. The result is
 * stored; a second bureau officer reviews it and adopts it as a new version of the group table from a day on
 * ({@code POST /drg-weight-adoptions}), which settlement then uses for cases discharged from that day.
 */
@RestController
@RequestMapping("/api/medical-insurance")
@RequiredArgsConstructor
class DrgWeightController {

    private final WeightComputations weights;
    private final WeightAdoptions adoptions;
    private final IdempotentCommands commands;

    /** @param note why the set is adopted (the review's conclusion), optional */
    record AdoptionRequest(@NotNull UUID computationId, @NotNull LocalDate effectiveFrom,
                           @Size(max = 1000) String note) {
    }

    private static final String PATH = "POST /api/medical-insurance/drg-weight-computations";

    record StoredCasesRequest(@NotNull LocalDate dischargeFrom, @NotNull LocalDate dischargeTo) {
    }

    @Operation(summary = "Compute group weights from historical case costs (京医保发〔2024〕24号 二(一))")
    @PostMapping(path = "/drg-weight-computations", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<WeightComputation>> fromCsv(@RequestBody String csv,
                                                    @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.runForCaller(key, PATH + " (csv)", csv, WeightComputation.class, HttpStatus.CREATED,
                user -> weights.fromCsv(csv, user.subject()));
    }

    @Operation(summary = "Compute group weights from historical case costs (京医保发〔2024〕24号 二(一))")
    @PostMapping(path = "/drg-weight-computations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<WeightComputation>> fromStoredCases(@Valid @RequestBody StoredCasesRequest request,
                                                            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.runForCaller(key, PATH + " (stored cases)", request, WeightComputation.class,
                HttpStatus.CREATED,
                user -> weights.fromStoredCases(request.dischargeFrom(), request.dischargeTo(), user.subject()));
    }

    @Operation(summary = "A stored weight computation (京医保发〔2024〕24号 二(一))")
    @GetMapping("/drg-weight-computations/{id}")
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<WeightComputation> find(@PathVariable UUID id) {
        return weights.find(id);
    }

    @Operation(summary = "Adopt a computed weight set as the group table's next version from a date; kept consumables groups keep their standard (京医保发〔2024〕24号 二(一))")
    @PostMapping(path = "/drg-weight-adoptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<AdoptionView>> adopt(@Valid @RequestBody AdoptionRequest request,
                                             @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.runForCaller(key, "POST /api/medical-insurance/drg-weight-adoptions", request,
                AdoptionView.class, HttpStatus.CREATED,
                user -> adoptions.adopt(request.computationId(), request.effectiveFrom(), request.note(), user));
    }

    @Operation(summary = "Adopted weight sets, each a version of the group table (京医保发〔2024〕24号 二(一))")
    @GetMapping("/drg-weight-adoptions")
    Mono<List<AdoptionView>> adoptions() {
        return adoptions.list();
    }

    @Operation(summary = "One adopted weight set (京医保发〔2024〕24号 二(一))")
    @GetMapping("/drg-weight-adoptions/{id}")
    Mono<AdoptionView> adoption(@PathVariable UUID id) {
        return adoptions.find(id);
    }
}

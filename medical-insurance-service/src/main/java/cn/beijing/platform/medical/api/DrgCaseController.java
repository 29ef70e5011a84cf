package cn.beijing.platform.medical.api;

import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.input.Year;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.medical.api.CaseBodies.BatchRequest;
import cn.beijing.platform.medical.api.CaseBodies.CaseRequest;
import cn.beijing.platform.common.paging.Page;
import cn.beijing.platform.medical.drg.CaseViews.BatchView;
import cn.beijing.platform.medical.drg.CaseViews.CaseView;
import cn.beijing.platform.medical.drg.DrgCaseSettlements;
import cn.beijing.platform.medical.drg.QuotaStatus;
import cn.beijing.platform.medical.drg.SpecialCaseReviews;
import cn.beijing.platform.medical.policy.drg.SpecialCaseStatus;
import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;

/**
 * DRG 2.0 case settlement (京医保发〔2024〕24号): a HOSPITAL settles its own cases, one or thousands per request; the
 * bureau reviews special cases within the 5% quota. Reads: a hospital its own cases, the bureau all.
 */
@RestController
@RequestMapping("/api/medical-insurance")
@RequiredArgsConstructor
class DrgCaseController {

    private final DrgCaseSettlements settlements;
    private final SpecialCaseReviews reviews;
    private final IdempotentCommands commands;

    @Operation(summary = "Settle one DRG case of the hospital (京医保发〔2024〕24号 二, 三)")
    @PostMapping("/drg-cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('HOSPITAL')")
    Mono<ResponseEntity<CaseView>> settle(@Valid @RequestBody CaseRequest request,
                                              @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.runForCaller(key, "POST /api/medical-insurance/drg-cases", request, CaseView.class,
                HttpStatus.CREATED, user -> settlements.settleOne(request.command(), user));
    }

    @Operation(summary = "Settle a batch of DRG cases of the hospital (京医保发〔2024〕24号 二, 三)")
    @PostMapping("/drg-case-batches")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('HOSPITAL')")
    Mono<ResponseEntity<BatchView>> settleBatch(@Valid @RequestBody BatchRequest request,
                                                    @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.runForCaller(key, "POST /api/medical-insurance/drg-case-batches", request, BatchView.class,
                HttpStatus.CREATED,
                user -> settlements.settleBatch(request.cases().stream().map(CaseRequest::command).toList(), user));
    }

    @Operation(summary = "A settled batch (京医保发〔2024〕24号 二)")
    @GetMapping("/drg-case-batches/{id}")
    @PreAuthorize("hasAnyRole('HOSPITAL','MEDICAL_BUREAU')")
    Mono<BatchView> batch(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> settlements.findBatch(id, user));
    }

    @Operation(summary = "Settled DRG cases by hospital, group, method or discharge period (京医保发〔2024〕24号 二)")
    @GetMapping("/drg-cases")
    @PreAuthorize("hasAnyRole('HOSPITAL','MEDICAL_BUREAU')")
    Mono<Page<CaseView>> cases(@RequestParam(required = false) String hospitalCode,
                                           @RequestParam(required = false) UUID batchId,
                                           @RequestParam(required = false) SpecialCaseStatus specialCaseStatus,
                                           @RequestParam(required = false) Boolean highCostFlagged,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "50") int size) {
        Callers.page(page, size);
        return Callers.current()
                .flatMap(user -> settlements.search(DrugCatalogueController.blankToNull(hospitalCode), batchId,
                        specialCaseStatus, highCostFlagged, page, size, user));
    }

    @Operation(summary = "A settled DRG case (京医保发〔2024〕24号 二)")
    @GetMapping("/drg-cases/{id}")
    @PreAuthorize("hasAnyRole('HOSPITAL','MEDICAL_BUREAU')")
    Mono<CaseView> find(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> settlements.find(id, user));
    }

    /** The hospital asks for special-case review (四) of one of its DRG-paid cases. */
    @Operation(summary = "Ask for special-case review of a DRG-paid case (京医保发〔2024〕24号 四)")
    @PostMapping("/drg-cases/{id}/special-case-requests")
    @PreAuthorize("hasRole('HOSPITAL')")
    Mono<ResponseEntity<CaseView>> requestReview(@PathVariable UUID id,
                                                     @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return review(key, id, "special-case-requests", reviews::request);
    }

    /** Approval within the quota (四: at most 5% of DRG discharge cases) → 409 SPECIAL_CASE_QUOTA_EXHAUSTED beyond. */
    @Operation(summary = "Approve a special case within the 5 % quota and settle it per item (京医保发〔2024〕24号 四)")
    @PostMapping("/drg-cases/{id}/special-case-approvals")
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<CaseView>> approve(@PathVariable UUID id,
                                               @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return review(key, id, "special-case-approvals", reviews::approve);
    }

    @Operation(summary = "Reject a special-case request (京医保发〔2024〕24号 四)")
    @PostMapping("/drg-cases/{id}/special-case-rejections")
    @PreAuthorize("hasRole('MEDICAL_BUREAU')")
    Mono<ResponseEntity<CaseView>> reject(@PathVariable UUID id,
                                              @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return review(key, id, "special-case-rejections", reviews::reject);
    }

    /** A step of the special-case review of case {@code id}: the caller's idempotent command at the step's path. */
    private Mono<ResponseEntity<CaseView>> review(String key, UUID id, String step,
                                                  BiFunction<UUID, CurrentUser, Mono<CaseView>> action) {
        return commands.runForCaller(key, "POST /api/medical-insurance/drg-cases/" + id + "/" + step, id,
                CaseView.class, HttpStatus.OK, user -> action.apply(id, user));
    }

    @Operation(summary = "The special-case quota of a discharge year (京医保发〔2024〕24号 四)")
    @GetMapping("/drg-special-case-quotas/{year}")
    @PreAuthorize("hasAnyRole('HOSPITAL','MEDICAL_BUREAU')")
    Mono<QuotaStatus> quota(@PathVariable @Year int year) {
        return reviews.quota(year);
    }
}

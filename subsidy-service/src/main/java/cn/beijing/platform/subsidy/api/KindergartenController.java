package cn.beijing.platform.subsidy.api;

import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.input.Year;
import cn.beijing.platform.subsidy.api.WorkflowRequests.ChildEntryRequest;
import cn.beijing.platform.subsidy.api.WorkflowRequests.FindingEvaluationRequest;
import cn.beijing.platform.subsidy.api.WorkflowRequests.FindingRequest;
import cn.beijing.platform.subsidy.api.WorkflowRequests.GraduationRequest;
import cn.beijing.platform.subsidy.api.WorkflowRequests.GraduationView;
import cn.beijing.platform.subsidy.api.WorkflowRequests.LeavingRequest;
import cn.beijing.platform.subsidy.api.WorkflowRequests.RegisterKindergartenRequest;
import cn.beijing.platform.subsidy.access.Callers;
import cn.beijing.platform.subsidy.kindergartens.Findings;
import cn.beijing.platform.subsidy.kindergartens.Kindergartens;
import cn.beijing.platform.subsidy.kindergartens.Kindergartens.ChildView;
import cn.beijing.platform.subsidy.kindergartens.Kindergartens.KindergartenView;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Mono;

/**
 * Kindergartens, their rosters and the findings against them. The applicant (its {@code agency} claim is its
 * organisation) registers and keeps the roster; subsidy officers read everything and record findings.
 */
@RestController
@RequestMapping("/api/subsidies/kindergartens")
@RequiredArgsConstructor
class KindergartenController {

    private static final String BASE = "/api/subsidies/kindergartens";

    private final Kindergartens kindergartens;
    private final Findings findings;
    private final Commands commands;

    @Operation(summary = "Register an inclusive private kindergarten (京技管发〔2024〕30号 第二条)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('APPLICANT')")
    Mono<ResponseEntity<KindergartenView>> register(@Valid @RequestBody RegisterKindergartenRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE, request, KindergartenView.class, HttpStatus.CREATED,
                user -> kindergartens.register(user, new Kindergartens.Registration(request.name(), request.address(),
                        request.classes(), request.capacity(), request.monthlyFeeStandard(),
                        request.feeItems().stream().map(f -> new Kindergartens.FeeItem(f.item(), f.standard(),
                                f.unit())).toList(), request.registeredOn())));
    }

    @Operation(summary = "Kindergartens (京技管发〔2024〕30号 第二条)")
    @GetMapping
    @PreAuthorize("hasAnyRole('SUBSIDY_OFFICER','APPLICANT')")
    Mono<List<KindergartenView>> list() {
        return Callers.current().flatMap(user -> kindergartens.list(user).collectList());
    }

    @Operation(summary = "One kindergarten (京技管发〔2024〕30号 第二条)")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SUBSIDY_OFFICER','APPLICANT')")
    Mono<KindergartenView> get(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> kindergartens.get(user, id));
    }

    @Operation(summary = "Enter a child on the roster (京技管发〔2024〕30号 第五条)")
    @PostMapping("/{id}/children")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('APPLICANT')")
    Mono<ResponseEntity<ChildView>> enter(@PathVariable UUID id, @Valid @RequestBody ChildEntryRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/children", request, ChildView.class,
                HttpStatus.CREATED, user -> kindergartens.enter(user, id, request.childRef(), request.birthDate(),
                        request.enteredOn(), request.autumnIntake()));
    }

    @Operation(summary = "A child leaves the kindergarten (京技管发〔2024〕30号 第五条)")
    @PostMapping("/{id}/children/{childRef}/leaving")
    @PreAuthorize("hasRole('APPLICANT')")
    Mono<ResponseEntity<ChildView>> leave(@PathVariable UUID id, @PathVariable @Size(max = 64) String childRef,
            @Valid @RequestBody LeavingRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/children/" + childRef + "/leaving", request,
                ChildView.class, HttpStatus.OK,
                user -> kindergartens.leave(user, id, childRef, request.leftOn(), request.graduated()));
    }

    @Operation(summary = "Children graduate (京技管发〔2024〕30号 第五条)")
    @PostMapping("/{id}/graduations")
    @PreAuthorize("hasRole('APPLICANT')")
    Mono<ResponseEntity<GraduationView>> graduate(@PathVariable UUID id, @Valid @RequestBody GraduationRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/graduations", request, GraduationView.class,
                HttpStatus.OK, user -> kindergartens.graduate(user, id, request.graduatedOn(), request.childRefs())
                        .collectList().map(GraduationView::new));
    }

    @Operation(summary = "The kindergarten's roster (京技管发〔2024〕30号 第五条)")
    @GetMapping("/{id}/children")
    @PreAuthorize("hasAnyRole('SUBSIDY_OFFICER','APPLICANT')")
    Mono<List<ChildView>> roster(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> kindergartens.roster(user, id).collectList());
    }

    /** 第五条 on the stored roster (same policy code as the calculator). */
    @Operation(summary = "Per-child subsidy of a year on the stored roster (京技管发〔2024〕30号 第五条)")
    @GetMapping("/{id}/per-child-settlements/{year}")
    @PreAuthorize("hasAnyRole('SUBSIDY_OFFICER','APPLICANT')")
    Mono<PerChildSubsidySettlement.SettlementDecision> settlement(@PathVariable UUID id, @PathVariable @Year int year) {
        return Callers.current().flatMap(user -> kindergartens.settlement(user, id, year));
    }

    /** 第十九条–第二十一条: closure/loss of status, fraud, improper fees. */
    @Operation(summary = "Record a finding: closure or status loss, financial misconduct or improper fees, and its consequences (京技管发〔2024〕30号 第十九条, 第二十条, 第二十一条)")
    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<Findings.FindingView>> recordFinding(@PathVariable UUID id,
            @Valid @RequestBody FindingRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/findings", request, Findings.FindingView.class,
                HttpStatus.CREATED, user -> findings.record(user, id, new Findings.FindingCommand(request.ground(),
                        request.eventOn(), request.discoveredOn(), request.violationStartedOn(),
                        request.rectificationDeadline(), request.relatedFunds(), request.suspectedCrime())));
    }

    /** Re-evaluates a pending finding today (injected clock): rectified in time, still pending, or disqualified. */
    @Operation(summary = "Evaluate a finding after its rectification deadline: suspension, disqualification, clawback (京技管发〔2024〕30号 第十九条, 第二十条, 第二十一条)")
    @PostMapping("/{id}/findings/{findingId}/evaluation")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<Findings.FindingView>> evaluateFinding(@PathVariable UUID id, @PathVariable UUID findingId,
            @Valid @RequestBody FindingEvaluationRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/findings/" + findingId + "/evaluation", request,
                Findings.FindingView.class, HttpStatus.OK,
                user -> findings.evaluate(id, findingId, request.rectifiedOn()));
    }

    @Operation(summary = "The kindergarten's findings (京技管发〔2024〕30号 第十九条, 第二十条, 第二十一条)")
    @GetMapping("/{id}/findings")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<List<Findings.FindingView>> findings(@PathVariable UUID id) {
        return findings.list(id).collectList();
    }
}

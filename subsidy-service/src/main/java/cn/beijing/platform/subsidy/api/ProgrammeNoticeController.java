package cn.beijing.platform.subsidy.api;

import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.subsidy.access.Callers;
import cn.beijing.platform.subsidy.api.ProgrammeRequests.ProgrammeNoticeRequest;
import cn.beijing.platform.subsidy.api.ProgrammeRequests.ProgrammeObjectionRequest;
import cn.beijing.platform.subsidy.api.ProgrammeRequests.ProgrammeResolutionRequest;
import cn.beijing.platform.subsidy.programmes.ProgrammeNotices;
import cn.beijing.platform.subsidy.programmes.ProgrammeNotices.NoticeView;
import cn.beijing.platform.subsidy.programmes.ProgrammeNotices.ObjectionView;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Mono;

/**
 * [platform rule] Public notices of a programme's approved applications before payment (京技管发〔2024〕31号, 33号).
 * Public: any authenticated role reads them (objections are shown to subsidy officers only); officers publish,
 * record and resolve objections, and close a notice after its window (the nightly job closes the due ones).
 */
@RestController
@RequestMapping("/api/subsidies/programme-notices")
@RequiredArgsConstructor
class ProgrammeNoticeController {

    private static final String BASE = "/api/subsidies/programme-notices";

    private final ProgrammeNotices notices;
    private final Commands commands;

    @Operation(summary = "Publish the public notice of a programme's approved applications before payment (京技管发〔2024〕31号, 京技管发〔2024〕33号: a platform rule counted like 京技管发〔2024〕30号 第十四条 and 民法典 第二百零一条)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<NoticeView>> publish(@Valid @RequestBody ProgrammeNoticeRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE, request, NoticeView.class, HttpStatus.CREATED,
                user -> notices.publish(user, request.applicationIds(), request.publishedOn(), request.workingDays()));
    }

    @Operation(summary = "Programme notices (京技管发〔2024〕31号, 京技管发〔2024〕33号)")
    @GetMapping
    Mono<List<NoticeView>> list() {
        return Callers.current().flatMap(user -> notices.list(user).collectList());
    }

    @Operation(summary = "One programme notice with its window and objections (京技管发〔2024〕31号, 京技管发〔2024〕33号)")
    @GetMapping("/{id}")
    Mono<NoticeView> get(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> notices.get(user, id));
    }

    @Operation(summary = "Record an objection to an application received during the notice window (京技管发〔2024〕31号, 京技管发〔2024〕33号)")
    @PostMapping("/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<ObjectionView>> object(@PathVariable UUID id,
            @Valid @RequestBody ProgrammeObjectionRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/objections", request, ObjectionView.class,
                HttpStatus.CREATED, user -> notices.object(user, id, request.applicationId(), request.receivedOn(),
                        request.summary()));
    }

    @Operation(summary = "Resolve an objection: upheld, the application is not paid; withdrawn or dismissed, the hold ends (京技管发〔2024〕31号, 京技管发〔2024〕33号)")
    @PostMapping("/{id}/objections/{objectionId}/resolution")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<ObjectionView>> resolve(@PathVariable UUID id, @PathVariable UUID objectionId,
            @Valid @RequestBody ProgrammeResolutionRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/objections/" + objectionId + "/resolution", request,
                ObjectionView.class, HttpStatus.OK, user -> notices.resolve(id, objectionId, request.outcome(),
                        request.resolvedOn()));
    }

    @Operation(summary = "Close the notice after its window and schedule each payment not held (京技管发〔2024〕31号, 京技管发〔2024〕33号)")
    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<NoticeView>> close(@PathVariable UUID id,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/close", id.toString(), NoticeView.class, HttpStatus.OK,
                user -> notices.close(user, id));
    }
}

package cn.beijing.platform.subsidy.api;

import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.subsidy.api.WorkflowRequests.ObjectionRequest;
import cn.beijing.platform.subsidy.api.WorkflowRequests.PublishNoticeRequest;
import cn.beijing.platform.subsidy.api.WorkflowRequests.ResolutionRequest;
import cn.beijing.platform.subsidy.access.Callers;
import cn.beijing.platform.subsidy.kindergartens.PublicNotices;
import cn.beijing.platform.subsidy.kindergartens.PublicNotices.NoticeView;
import cn.beijing.platform.subsidy.kindergartens.PublicNotices.ObjectionView;
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
 * Public notices of approved kindergarten subsidies (京技管发〔2024〕30号 第十四条). A notice is public: any
 * authenticated role reads it (objections are shown to subsidy officers only); officers publish it, record and
 * resolve objections, and close it after the window — on demand, evaluated with the injected clock (the nightly
 * {@code NoticeClosingJob} closes the due ones without a standing objection).
 */
@RestController
@RequestMapping("/api/subsidies/kindergarten/notices")
@RequiredArgsConstructor
class NoticeController {

    private static final String BASE = "/api/subsidies/kindergarten/notices";

    private final PublicNotices notices;
    private final Commands commands;

    @Operation(summary = "Publish the public notice of approved subsidies (京技管发〔2024〕30号 第十四条)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<NoticeView>> publish(@Valid @RequestBody PublishNoticeRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE, request, NoticeView.class, HttpStatus.CREATED,
                user -> notices.publish(user, request.applicationIds(), request.publishedOn(),
                        request.workingDays()));
    }

    @Operation(summary = "Public notices (京技管发〔2024〕30号 第十四条)")
    @GetMapping
    Mono<List<NoticeView>> list() {
        return Callers.current().flatMap(user -> notices.list(user).collectList());
    }

    @Operation(summary = "One public notice (京技管发〔2024〕30号 第十四条)")
    @GetMapping("/{id}")
    Mono<NoticeView> get(@PathVariable UUID id) {
        return Callers.current().flatMap(user -> notices.get(user, id));
    }

    @Operation(summary = "Record an objection received during the notice window (京技管发〔2024〕30号 第十四条)")
    @PostMapping("/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<ObjectionView>> object(@PathVariable UUID id, @Valid @RequestBody ObjectionRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/objections", request, ObjectionView.class,
                HttpStatus.CREATED, user -> notices.object(user, id, request.applicationId(), request.receivedOn(),
                        request.summary()));
    }

    @Operation(summary = "Resolve an objection (京技管发〔2024〕30号 第十四条)")
    @PostMapping("/{id}/objections/{objectionId}/resolution")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<ObjectionView>> resolve(@PathVariable UUID id, @PathVariable UUID objectionId,
            @Valid @RequestBody ResolutionRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/objections/" + objectionId + "/resolution", request,
                ObjectionView.class, HttpStatus.OK,
                user -> notices.resolve(id, objectionId, request.outcome(), request.resolvedOn()));
    }

    /** Ends the window: 409 while it runs; then every entry is held (standing objection), refused or scheduled. */
    @Operation(summary = "Close the notice after its window: hold, refuse or schedule each payment (京技管发〔2024〕30号 第十四条)")
    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('SUBSIDY_OFFICER')")
    Mono<ResponseEntity<NoticeView>> close(@PathVariable UUID id,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST " + BASE + "/" + id + "/close", id.toString(), NoticeView.class, HttpStatus.OK,
                user -> notices.close(user, id));
    }
}

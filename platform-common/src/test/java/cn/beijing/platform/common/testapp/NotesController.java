package cn.beijing.platform.common.testapp;

import java.net.URI;
import java.util.List;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.policy.RuleViolationException;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequiredArgsConstructor
class NotesController {

    private final Notes notes;
    private final IdempotentCommands commands;
    private final TransactionalOperator tx;

    @PostMapping("/notes")
    Mono<ResponseEntity<NoteResponse>> register(@Valid @RequestBody NoteRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key) {
        return commands.run(key, "POST /notes", request, NoteResponse.class,
                () -> notes.register(request).map(r -> ResponseEntity.created(URI.create("/notes/" + r.id())).body(r)));
    }

    /** Writes the note and its outbox row, then fails: the transaction must leave neither behind. */
    @PostMapping("/notes/failing")
    Mono<NoteResponse> registerThenFail(@Valid @RequestBody NoteRequest request) {
        return tx.transactional(notes.register(request)
                .flatMap(r -> Mono.error(new IllegalStateException("simulated failure after writing note " + r.title()))));
    }

    @GetMapping("/notes/limit")
    Mono<Long> limit() {
        return Mono.error(new NoteLimitReached());
    }

    /** A rule refuses its input, naming the field at fault. */
    @GetMapping("/notes/policy-input")
    Mono<Long> policyInput() {
        return Mono.error(new PolicyInputException("notes[0].amount", "must not be negative"));
    }

    /** A rule refuses a step twice over. */
    @GetMapping("/notes/refusals")
    Mono<Long> refusals() {
        return Mono.error(new RuleViolationException(List.of(
                new Refusal("NOTE_TOO_LATE", "the note is after the deadline", List.of(Basis.of("doc", "第一条"))),
                new Refusal("NOTE_NOT_SIGNED", "the note is not signed", List.of(Basis.of("doc", "第二条"))))));
    }

    @GetMapping("/notes/count")
    Mono<Long> count(@RequestParam int year) {
        return notes.count("note");
    }
}

package cn.beijing.platform.common.deadletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.openapi.CallableBy;
import cn.beijing.platform.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * OPS only: re-publish chosen dead letters of a topic this service consumes, and list past replays. The path is
 * under the service's own API prefix ({@code platform.ops.path}, e.g. {@code /api/subsidies/ops}), so that it is
 * reached through the gateway with an operator's token, whose subject is recorded.
 */
@RestController
@RequestMapping("${platform.ops.path:/ops}/dead-letter-replays")
@CallableBy("OPS")
@RequiredArgsConstructor
public class DeadLetterReplayController {

    static final int MAX_RECORDS = 500;

    /** Which dead letters: by position on {@code <topic>.dlt}, by event id, or both. */
    public record ReplayRequest(@NotBlank String topic, List<@Valid DltRecord> records,
            @Size(max = MAX_RECORDS) List<@NotBlank String> eventIds, @NotBlank @Size(max = 500) String reason) {
    }

    public record DltRecord(@NotNull @PositiveOrZero Integer partition, @NotNull @PositiveOrZero Long offset) {
    }

    private final DeadLetterReplays replays;
    private final KafkaListenerEndpointRegistry listeners;

    @Operation(summary = "Re-publish chosen dead letters of a topic this service consumes (platform operations,"
            + " no gazette article)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<DeadLetterReplays.Replay> replay(@Valid @RequestBody ReplayRequest request) {
        return operator().flatMap(operator -> {
            List<DltRecord> records = request.records() == null ? List.of() : request.records();
            List<String> eventIds = request.eventIds() == null ? List.of() : request.eventIds();
            List<FieldError> errors = new ArrayList<>();
            Set<String> consumed = consumedTopics();
            if (!consumed.contains(request.topic())) {
                errors.add(new FieldError("topic", "must be a topic this service consumes: " + consumed));
            }
            if (records.isEmpty() && eventIds.isEmpty()) {
                errors.add(new FieldError("records", "name at least one record or event id"));
            }
            if (records.size() > MAX_RECORDS) {
                errors.add(new FieldError("records", "at most " + MAX_RECORDS + " records per replay"));
            }
            if (!errors.isEmpty()) {
                return Mono.error(new InvalidInputException(errors));
            }
            return replays.replay(request.topic(),
                    records.stream().map(r -> new DeadLetterReplays.Position(r.partition(), r.offset())).toList(),
                    eventIds, request.reason(), operator);
        });
    }

    @Operation(summary = "The latest dead-letter replays (platform operations, no gazette article)")
    @GetMapping
    Flux<Map<String, Object>> recent(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return operator().flatMapMany(operator -> replays.recent(limit));
    }

    private static Mono<String> operator() {
        return CurrentUser.current()
                .filter(user -> user.hasRole("OPS"))
                .map(CurrentUser::subject)
                .switchIfEmpty(Mono.error(new AccessDeniedException("dead-letter replays are for OPS")));
    }

    private Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] names = container.getContainerProperties().getTopics();
            if (names != null) {
                topics.addAll(List.of(names));
            }
        }
        return topics;
    }
}

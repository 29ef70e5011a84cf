package cn.beijing.platform.energy.api;

import java.net.URI;
import java.util.function.Function;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.security.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every state-changing request of the energy API runs here, as its authenticated caller: one transaction (state,
 * outbox rows and the idempotency record commit together or not at all) with {@code Idempotency-Key} replay, the key
 * scoped to the command ({@code PUT /api/energy/buildings/…}) and the caller.
 */
@Component
@RequiredArgsConstructor
class Commands {

    private final IdempotentCommands idempotent;

    /**
     * @param command the method and path of the request, e.g. {@code POST /api/energy/buildings}
     * @param request what the key's replay compares: the request body, or what identifies a body-less command
     * @param work    the command for the caller, answering with its status, headers and body
     */
    <T> Mono<ResponseEntity<T>> run(String key, String command, Object request, Class<T> type,
                                    Function<CurrentUser, Mono<ResponseEntity<T>>> work) {
        return Callers.current().flatMap(user -> idempotent.run(key, command + " by " + user.subject(), request, type,
                () -> work.apply(user)));
    }

    /**
     * A {@code POST} to the path that then reads what it created: runs as {@link #run} with the command
     * {@code POST path} and answers 201 with {@code Location: path} and the created resource.
     */
    <T> Mono<ResponseEntity<T>> create(String key, String path, Object request, Class<T> type,
                                       Function<CurrentUser, Mono<T>> work) {
        return run(key, "POST " + path, request, type,
                user -> work.apply(user).map(created -> ResponseEntity.created(URI.create(path)).body(created)));
    }
}

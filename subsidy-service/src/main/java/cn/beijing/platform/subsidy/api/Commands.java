package cn.beijing.platform.subsidy.api;

import java.util.function.Function;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.subsidy.access.Callers;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every state-changing request runs here: one transaction (state, outbox rows and the idempotency record commit
 * together or not at all) with {@code Idempotency-Key} replay, scoped to the command, its path and the caller.
 */
@Component
@RequiredArgsConstructor
class Commands {

    private final IdempotentCommands commands;

    <T> Mono<ResponseEntity<T>> run(String key, String scope, Object request, Class<T> type, HttpStatus status,
                                    Function<CurrentUser, Mono<T>> work) {
        return Callers.current().flatMap(user -> commands.run(key, scope + " by " + user.subject(), request, type,
                () -> work.apply(user).map(body -> ResponseEntity.status(status).body(body))));
    }
}

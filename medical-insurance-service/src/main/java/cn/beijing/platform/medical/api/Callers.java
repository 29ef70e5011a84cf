package cn.beijing.platform.medical.api;

import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.security.CurrentUser;
import reactor.core.publisher.Mono;

/** The authenticated caller; every request here has one (the security chain refuses the others with 401). */
final class Callers {

    private Callers() {
    }

    static Mono<CurrentUser> current() {
        return CurrentUser.current().switchIfEmpty(Mono.error(new IllegalStateException("no authenticated caller")));
    }

    /**
     * {@code action} as one idempotent command of the caller (scope {@code "<command> by <subject>"}, replayed for the
     * same {@code key} and {@code request}), its result answered with {@code status}.
     */
    static <T> Mono<ResponseEntity<T>> command(IdempotentCommands commands, String key, String command, Object request,
                                               Class<T> type, HttpStatus status,
                                               Function<CurrentUser, Mono<T>> action) {
        return current().flatMap(user -> commands.run(key, command + " by " + user.subject(), request, type,
                () -> action.apply(user).map(result -> ResponseEntity.status(status).body(result))));
    }

    static void page(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must not be negative");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "must be between 1 and 500");
        }
    }
}

package cn.beijing.platform.energy.api;

import cn.beijing.platform.common.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/** The authenticated caller of the request. */
final class Callers {

    private Callers() {
    }

    static Mono<CurrentUser> current() {
        return CurrentUser.current().switchIfEmpty(Mono.error(() -> new AccessDeniedException("no caller")));
    }
}

package cn.beijing.platform.medical.api;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.security.CurrentUser;
import reactor.core.publisher.Mono;

/** The authenticated caller; every request here has one (the security chain refuses the others with 401). */
final class Callers {

    private Callers() {
    }

    static Mono<CurrentUser> current() {
        return CurrentUser.required();
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

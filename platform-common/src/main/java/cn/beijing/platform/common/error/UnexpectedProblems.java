package cn.beijing.platform.common.error;

import static cn.beijing.platform.common.error.ProblemResponses.respond;

import java.time.Duration;

import cn.beijing.platform.common.failure.FailureClass;
import cn.beijing.platform.common.web.RequestIds;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The last resort, after {@link ProblemResponses} and any service's own advice: framework status exceptions
 * keep their status; a dependency that is unavailable for now (database unreachable, connection closed, broker
 * metadata timeout: {@link FailureClass#INFRASTRUCTURE}) is a 503 with {@code Retry-After}, so that clients and the
 * gateway's breaker can tell "try again" from a bug; anything else is a 500. Neither reveals its internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
public class UnexpectedProblems {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedProblems.class);

    private final Duration retryAfter;

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Problem> status(ResponseStatusException e, ServerWebExchange exchange) {
        int status = e.getStatusCode().value();
        if (status == 404) {
            return respond(exchange, Problem.of(ProblemTypes.NOT_FOUND, "Not found", 404, "No such resource."));
        }
        if (status >= 500) {
            return unexpected(e, exchange);
        }
        HttpStatus known = HttpStatus.resolve(status);
        return respond(exchange, Problem.of(ProblemTypes.type("http-" + status),
                known == null ? "Error" : known.getReasonPhrase(), status, e.getReason()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e, ServerWebExchange exchange) {
        String requestId = RequestIds.of(exchange);
        if (FailureClass.isInfrastructure(e)) {
            log.warn("request {} {} (request id {}) answered 503: a dependency is unavailable ({})",
                    exchange.getRequest().getMethod(), exchange.getRequest().getPath(), requestId,
                    NestedExceptionUtils.getMostSpecificCause(e).getClass().getName());
            ResponseEntity<Problem> problem = respond(exchange, Problem.of(ProblemTypes.SERVICE_UNAVAILABLE,
                    "Service unavailable", 503, "A resource this service needs is unavailable for a moment."
                            + " Retry after the indicated delay; with the same Idempotency-Key a retry is safe."));
            return ResponseEntity.status(503).headers(problem.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                    .body(problem.getBody());
        }
        // exception messages may quote stored values: the class and the frame go to the log, the rest only at debug
        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        log.error("unexpected failure of request {} {} (request id {}): {} at {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), requestId, e.getClass().getName(), at);
        log.debug("unexpected failure (request id {})", requestId, e);
        return respond(exchange, Problem.of(ProblemTypes.INTERNAL, "Internal error", 500,
                "The request failed unexpectedly. Quote the request id when reporting it."));
    }
}

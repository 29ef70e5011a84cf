package cn.beijing.platform.gateway;

import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** What a client gets when a service is down, slow beyond its time limit, or its circuit is open. */
@RestController
class FallbackController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FallbackController.class);
    /** The breaker half-opens 1 s after it opened; services ask for 5 s when their database is away. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private static String reason(Throwable cause) {
        if (cause instanceof SpringCloudCircuitBreakerFilterFactory.CircuitBreakerStatusCodeException) {
            return "reports that a resource it needs is unavailable for a moment.";
        }
        if (cause instanceof CallNotPermittedException) {
            return "is failing; calls are held back for a moment.";
        }
        if (cause instanceof TimeoutException) {
            return "did not answer in time; the command may still have been applied.";
        }
        return "is unavailable.";
    }

    @RequestMapping({ "/fallback", "/fallback/{service}" })
    ResponseEntity<Map<String, Object>> unavailable(@PathVariable(required = false) String service,
            ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(
                org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("fallback for {} (request id {}): {}", service == null ? "a route" : service,
                RequestIdFilter.requestId(exchange), cause == null ? "no cause recorded" : cause.toString());
        String detail = (service == null ? "The service" : "The " + service) + " " + reason(cause)
                + " Retry it with the same Idempotency-Key, which is safe.";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .body(Problems.body(Problems.SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE, detail, exchange, null));
    }
}

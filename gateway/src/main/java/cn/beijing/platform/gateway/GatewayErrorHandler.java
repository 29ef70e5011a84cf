package cn.beijing.platform.gateway;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error that reaches the gateway's own error handling becomes problem+json with the request id: a client
 * error Spring or a route raised (unknown path 404, wrong method 405 with {@code Allow}, a body past its limit 413,
 * …); a service that is down, slower than its time limit, answering 503 itself, or whose breaker is open (503 with
 * {@code Retry-After}, naming the service, never the cause's internals); anything else 500. Runs before Boot's
 * default handler, which would answer with Spring's own error JSON.
 */
@Component
@Order(-2)
@RequiredArgsConstructor
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);
    /** The breaker half-opens 1 s after it opened; services ask for 5 s when their database is away. */
    static final String RETRY_AFTER_SECONDS = "5";
    /** Route metadata naming the service behind a route whose id is not the service's name. */
    static final String SERVICE_METADATA = "service";

    private final JsonMapper json;

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        // its log lines carry the request's trace and request id like the access log's
        return Mono.deferContextual(context -> {
            try (RequestLogContext.Scope ignored = RequestLogContext.restore(context, RequestIdFilter.requestId(exchange))) {
                return answer(exchange, error);
            }
        });
    }

    private Mono<Void> answer(ServerWebExchange exchange, Throwable error) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String unavailable = route == null ? null : unavailableReason(error);
        if (unavailable != null) {
            String service = service(route);
            log.warn("{} unavailable (request id {}): {}", service, RequestIdFilter.requestId(exchange), error.toString());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return Problems.write(json, exchange, Problems.SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE,
                    "The " + service + " " + unavailable + " Retry it with the same Idempotency-Key, which is safe.");
        }
        if (error instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            if (error instanceof MethodNotAllowedException notAllowed && !notAllowed.getSupportedMethods().isEmpty()) {
                exchange.getResponse().getHeaders().setAllow(notAllowed.getSupportedMethods());
            }
            return Problems.write(json, exchange, Problems.typeOf(status.getStatusCode()), status.getStatusCode(),
                    clientErrorDetail(exchange, status));
        }
        log.error("unexpected failure (request id {})", RequestIdFilter.requestId(exchange), error);
        return Problems.write(json, exchange, Problems.INTERNAL, HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; the request id identifies it in the gateway's log.");
    }

    /** The status {@link #handle} answers for an error: what the access log records for it. */
    static int statusFor(ServerWebExchange exchange, Throwable error) {
        if (exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR) != null && unavailableReason(error) != null) {
            return HttpStatus.SERVICE_UNAVAILABLE.value();
        }
        if (error instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            return status.getStatusCode().value();
        }
        return HttpStatus.INTERNAL_SERVER_ERROR.value();
    }

    /** Why the service behind a route could not answer, or null when the error is not about the service. */
    static String unavailableReason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SpringCloudCircuitBreakerFilterFactory.CircuitBreakerStatusCodeException) {
                return "reports that a resource it needs is unavailable for a moment.";
            }
            if (cause instanceof CallNotPermittedException || cause instanceof ServiceUnavailableException) {
                return "is failing; calls are held back for a moment.";
            }
            if (cause instanceof TimeoutException || cause instanceof io.netty.handler.timeout.TimeoutException) {
                return "did not answer in time; the command may still have been applied.";
            }
            if (cause instanceof IOException) {
                return "is unavailable.";
            }
        }
        return null;
    }

    private static String service(Route route) {
        Object named = route.getMetadata().get(SERVICE_METADATA);
        return named != null ? named.toString() : route.getId();
    }

    private static String clientErrorDetail(ServerWebExchange exchange, ResponseStatusException error) {
        HttpStatusCode status = error.getStatusCode();
        HttpMethod method = exchange.getRequest().getMethod();
        if (error instanceof PayloadTooLargeException && error.getCause() != null) {
            return error.getCause().getMessage();
        }
        return switch (status.value()) {
            case 404 -> "There is nothing at this path (paths are case-sensitive and start with /api/).";
            case 405 -> "Method " + method.name() + " is not allowed here.";
            case 413 -> "The request body is larger than the gateway accepts here.";
            case 415 -> "The request's content type is not supported here.";
            default -> StringUtils.hasText(error.getReason()) && status.value() != 400 ? error.getReason()
                    : "The request could not be read.";
        };
    }
}

package cn.beijing.platform.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The gateway's access log: one line per request when it is answered, with the method, the route id (not the
 * path, which may carry ids, nor the query), the status, the duration and a hash of the caller's subject — never
 * the token. The line carries the request's {@code traceId}, {@code spanId} and {@code requestId} like every other
 * (structured as JSON outside the local profile: {@code method}, {@code route}, {@code status}, {@code durationMs},
 * {@code subjectHash}).
 */
@Component
class AccessLog implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger("access");
    private static final String SUBJECT_HASH = AccessLog.class.getName() + ".subjectHash";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        return chain.filter(exchange)
                .then(Mono.deferContextual(context -> answered(context, exchange, started, null)))
                .onErrorResume(error -> Mono.deferContextual(context -> answered(context, exchange, started, error))
                        .then(Mono.error(error)));
    }

    private Mono<Void> answered(ContextView context, ServerWebExchange exchange, long started, Throwable error) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        HttpStatusCode answered = exchange.getResponse().getStatusCode();
        // an error still on its way to the GatewayErrorHandler: the status that handler will answer
        int status = error != null ? GatewayErrorHandler.statusFor(exchange, error) : answered != null ? answered.value() : 200;
        Object subject = exchange.getAttribute(SUBJECT_HASH);
        try (RequestLogContext.Scope ignored = RequestLogContext.restore(context, RequestIdFilter.requestId(exchange))) {
            log.atInfo()
                    .setMessage("{} {} {} {} ms")
                    .addArgument(exchange.getRequest().getMethod())
                    .addArgument(route == null ? "-" : route.getId())
                    .addArgument(status)
                    .addArgument((System.nanoTime() - started) / 1_000_000)
                    .addKeyValue("method", exchange.getRequest().getMethod().name())
                    .addKeyValue("route", route == null ? "-" : route.getId())
                    .addKeyValue("status", status)
                    .addKeyValue("durationMs", (System.nanoTime() - started) / 1_000_000)
                    .addKeyValue("subjectHash", subject == null ? "-" : subject)
                    .log();
        }
        return Mono.empty();
    }

    @Override
    public int getOrder() {
        // just inside the request id filter: it sees every request, those refused before routing included
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** Behind Spring Security: notes who called, as a hash of the token's subject, for the access log. */
    @Component
    static class Subject implements WebFilter, Ordered {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            return exchange.getPrincipal()
                    .doOnNext(principal -> exchange.getAttributes().put(SUBJECT_HASH, hash(principal)))
                    .then(chain.filter(exchange));
        }

        /** The first 16 hex digits of SHA-256 of the subject: the same caller, the same hash; not the caller's name. */
        static String hash(Principal principal) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(principal.getName().getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int getOrder() {
            // after Spring Security's filter chain (order -100), which authenticates the token
            return 0;
        }
    }
}

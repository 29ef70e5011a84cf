package cn.beijing.platform.gateway;

import java.security.Principal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

import cn.beijing.platform.gateway.GatewayLimitsProperties.ClassQuotas;
import cn.beijing.platform.gateway.GatewayLimitsProperties.RateLimits;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate limits per subject and per agency, a token bucket each for every route class, kept in Redis so that all
 * gateway replicas share them (README, "Limits at the gateway"). Every routed response carries the
 * {@code RateLimit-Policy} and {@code RateLimit} fields of the IETF httpapi draft (draft-ietf-httpapi-ratelimit-headers);
 * a request over a quota is answered 429 problem+json with {@code Retry-After} and never reaches the service or
 * its breaker.
 *
 * <p>When the store does not answer within {@code platform.gateway.rate-limits.store.timeout} (down, restarting,
 * unreachable) the request passes unlimited: a counter ({@code platform_gateway_rate_limit_store_failures_total})
 * and a WARN line at most every 30 s say so. The limiter protects the platform from one caller's excess; refusing
 * everyone while one Redis pod restarts would be a larger outage than the one it guards against, and every call
 * is still authenticated, bounded in size and shed by the services' breakers.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    static final String POLICY_HEADER = "RateLimit-Policy";
    static final String LIMIT_HEADER = "RateLimit";
    /** Before the routes' own filters (breaker, retry): a refused request is no call to the service. */
    static final int ORDER = -100;
    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final long LOG_EVERY_MILLIS = 30_000;

    private final RouteClasses routeClasses;
    private final TokenLeases leases;
    private final RateLimits limits;
    private final JsonMapper json;
    private final Counter storeFailures;
    private final Map<RouteClass, Counter> rejected = new EnumMap<>(RouteClass.class);
    private final Map<RouteClass, String> policyWithAgency = new EnumMap<>(RouteClass.class);
    private final Map<RouteClass, String> policySubjectOnly = new EnumMap<>(RouteClass.class);
    private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE / 2);

    RateLimitFilter(RouteClasses routeClasses, TokenLeases leases, GatewayLimitsProperties properties, JsonMapper json,
            MeterRegistry meters) {
        this.routeClasses = routeClasses;
        this.leases = leases;
        this.limits = properties.rateLimits();
        this.json = json;
        this.storeFailures = Counter.builder("platform.gateway.rate.limit.store.failures")
                .description("Requests let through unlimited because the rate limiter's store did not answer")
                .register(meters);
        for (RouteClass routeClass : RouteClass.values()) {
            rejected.put(routeClass, Counter.builder("platform.gateway.rate.limit.rejected")
                    .description("Requests refused with 429 by the rate limiter")
                    .tag("route_class", routeClass.id()).register(meters));
            ClassQuotas quotas = limits.of(routeClass);
            String subject = policy(routeClass.id() + "-subject", quotas.subject());
            policySubjectOnly.put(routeClass, subject);
            policyWithAgency.put(routeClass, subject + ", " + policy(routeClass.id() + "-agency", quotas.agency()));
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        RouteClass routeClass = routeClasses.of(exchange);
        return exchange.getPrincipal()
                .flatMap(principal -> take(routeClass, principal, exchange))
                .flatMap(taken -> taken.verdict().allowed() ? pass(exchange, chain, routeClass, taken)
                        : refuse(exchange, routeClass, taken))
                // no caller to count (the route admits anonymous calls) or no answer from the store: unlimited
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).then(Mono.<Boolean>empty())))
                .then();
    }

    /**
     * A token of this replica's lease at once (most requests), else a verdict of the store, or nothing when the store
     * did not answer in time (the request then passes unlimited). The store's answer arrives on the Redis client's
     * thread; the request goes on on its own connection's event loop (where the gateway's connection to the service
     * is then taken from, with no further hand-over between threads), and its time limit is a timer of that loop.
     */
    private Mono<Taken> take(RouteClass routeClass, Principal principal, ServerWebExchange exchange) {
        String agency = principal instanceof JwtAuthenticationToken jwt ? jwt.getToken().getClaimAsString("agency") : null;
        TokenBuckets.Verdict leased = leases.takeLeased(routeClass, principal.getName(), agency);
        if (leased != null) {
            return Mono.just(new Taken(leased, agency != null));
        }
        Scheduler requestLoop = requestLoop(exchange);
        return leases.take(routeClass, principal.getName(), agency)
                .timeout(limits.store().timeout(), requestLoop)
                .map(verdict -> new Taken(verdict, agency != null))
                .onErrorResume(failure -> {
                    storeUnavailable(failure);
                    return Mono.empty();
                })
                .publishOn(requestLoop);
    }

    /** The event loop of the request's connection, or Reactor's parallel scheduler when it has none. */
    private static Scheduler requestLoop(ServerWebExchange exchange) {
        try {
            Object request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
            if (request instanceof Connection connection) {
                return Schedulers.fromExecutorService(connection.channel().eventLoop());
            }
        } catch (IllegalArgumentException notReactorNetty) {
            // a request of another server: Reactor's own timer and threads
        }
        return Schedulers.parallel();
    }

    private record Taken(TokenBuckets.Verdict verdict, boolean withAgency) {
    }

    /** Routes the request; the signal is there only to tell {@code switchIfEmpty} that it was handled. */
    private Mono<Boolean> pass(ServerWebExchange exchange, GatewayFilterChain chain, RouteClass routeClass, Taken taken) {
        setRateLimitFields(exchange.getResponse().getHeaders(), routeClass, taken);
        return chain.filter(exchange).thenReturn(Boolean.TRUE);
    }

    private Mono<Boolean> refuse(ServerWebExchange exchange, RouteClass routeClass, Taken taken) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        setRateLimitFields(headers, routeClass, taken);
        rejected.get(routeClass).increment();
        long retryAfter = Math.max(1, seconds(taken.verdict().retryAfterMillis()));
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        Map<String, Object> body = new LinkedHashMap<>(Problems.body(Problems.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS,
                "Too many " + routeClass.id() + " requests; retry after " + retryAfter + " s.", exchange, null));
        body.put("violatedPolicies", taken.verdict().exhausted());
        return Problems.write(json, exchange, HttpStatus.TOO_MANY_REQUESTS, body).thenReturn(Boolean.TRUE);
    }

    private void setRateLimitFields(HttpHeaders headers, RouteClass routeClass, Taken taken) {
        headers.set(POLICY_HEADER, (taken.withAgency() ? policyWithAgency : policySubjectOnly).get(routeClass));
        StringJoiner state = new StringJoiner(", ");
        for (TokenBuckets.Bucket bucket : taken.verdict().buckets()) {
            state.add("\"" + bucket.policy() + "\";r=" + bucket.remaining() + ";t=" + seconds(bucket.nextTokenMillis()));
        }
        headers.set(LIMIT_HEADER, state.toString());
    }

    private void storeUnavailable(Throwable failure) {
        storeFailures.increment();
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_MILLIS && lastLogged.compareAndSet(last, now)) {
            log.warn("rate limiter store unavailable, requests pass unlimited until it answers again: {}", failure.toString());
        }
    }

    private static long seconds(long millis) {
        return (millis + 999) / 1000;
    }

    private static String policy(String name, GatewayLimitsProperties.Quota quota) {
        return "\"" + name + "\";q=" + quota.requests() + ";w=" + quota.window().toSeconds();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

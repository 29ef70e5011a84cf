package cn.beijing.platform.gateway;

import java.time.Duration;

import cn.beijing.platform.gateway.GatewayLimitsProperties.ClassQuotas;
import cn.beijing.platform.gateway.GatewayLimitsProperties.RateLimits;
import cn.beijing.platform.gateway.TokenBuckets.Verdict;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tokens this replica takes from the shared buckets ahead of its requests: a caller's request takes a token of the
 * replica's lease without a round trip to the store; when the lease is empty one call to the store takes the next
 * (up to {@code platform.gateway.rate-limits.lease-share} of the smaller quota, at least one token, as many as both
 * buckets have), and the requests that arrive meanwhile wait for that one call instead of making their own.
 *
 * <p>What it costs in accuracy, and why that stays inside the limits' purpose: a token is still taken from the shared
 * bucket before any request spends it, so the replicas together never let through more than the buckets hold, except
 * for the tokens a replica leased a window ago and spends now (at most one lease per replica); tokens a replica
 * leased and did not spend within the shortest window of the buckets are dropped, so a caller whose requests spread
 * over several replicas may be refused up to one lease per replica early. With the default share, 1 % of the quota
 * per replica either way; a quota under 100 requests (the default share) takes one token a request, exactly as
 * without leases. The {@code RateLimit} field's remaining count is the shared bucket's plus this replica's lease.
 */
@Component
class TokenLeases {

    /** A caller's buckets of one route class: the subject's, and the agency's when the token names one. */
    private record Key(RouteClass routeClass, String subject, String agency) {
    }

    private final TokenBuckets buckets;
    private final RateLimits limits;
    private final Cache<Key, Lease> leases;

    TokenLeases(TokenBuckets buckets, GatewayLimitsProperties properties) {
        this.buckets = buckets;
        this.limits = properties.rateLimits();
        // a lease not touched for one of the longest windows has expired anyway; the bound keeps a flood of distinct
        // callers from growing the map (an evicted lease's tokens are dropped: the caller is refused early, never late)
        Duration longestWindow = Duration.ofSeconds(1);
        for (RouteClass routeClass : RouteClass.values()) {
            ClassQuotas quotas = limits.of(routeClass);
            for (Duration window : new Duration[] { quotas.subject().window(), quotas.agency().window() }) {
                longestWindow = window.compareTo(longestWindow) > 0 ? window : longestWindow;
            }
        }
        this.leases = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(longestWindow).build();
    }

    /** A request's verdict out of this replica's lease, or {@code null} when the lease is empty or has expired. */
    Verdict takeLeased(RouteClass routeClass, String subject, String agency) {
        Lease lease = leases.getIfPresent(new Key(routeClass, subject, agency));
        return lease == null ? null : lease.take(System.nanoTime());
    }

    /**
     * A request's verdict from the store: the lease's next token, taking a new lease from the store when there is
     * none (one call at a time per caller and route class; the requests that arrive meanwhile wait for it).
     */
    Mono<Verdict> take(RouteClass routeClass, String subject, String agency) {
        return take(new Key(routeClass, subject, agency));
    }

    private Mono<Verdict> take(Key key) {
        return Mono.defer(() -> {
            Lease lease = leases.get(key, any -> new Lease());
            Mono<Verdict> call;
            synchronized (lease) {
                Verdict leased = lease.take(System.nanoTime());
                if (leased != null) {
                    return Mono.just(leased);
                }
                if (lease.call == null) {
                    lease.call = newLease(key, lease);
                }
                call = lease.call;
            }
            // granted: take this request's token of it (others waiting may have spent it all: then the next lease);
            // refused: every request waiting for this call is refused with the store's verdict
            return call.flatMap(verdict -> verdict.allowed() ? take(key) : Mono.just(verdict));
        });
    }

    private Mono<Verdict> newLease(Key key, Lease lease) {
        ClassQuotas quotas = limits.of(key.routeClass());
        boolean withAgency = key.agency() != null;
        long smallerQuota = withAgency ? Math.min(quotas.subject().requests(), quotas.agency().requests())
                : quotas.subject().requests();
        Duration shortestWindow = withAgency && quotas.agency().window().compareTo(quotas.subject().window()) < 0
                ? quotas.agency().window() : quotas.subject().window();
        long size = Math.max(1, (long) Math.floor(smallerQuota * limits.leaseShare()));
        return buckets.take(key.routeClass(), key.subject(), key.agency(), quotas, size)
                .doOnSuccess(verdict -> lease.answered(verdict, System.nanoTime() + shortestWindow.toNanos()))
                .doOnError(failure -> lease.answered(null, 0))
                .cache();
    }

    /** The tokens this replica holds for one caller and route class, and its call to the store, if one is under way. */
    private static final class Lease {

        private long tokens;
        private long expiresAt;
        private Verdict granted;
        private Mono<Verdict> call;

        synchronized Verdict take(long now) {
            if (tokens < 1 || now - expiresAt >= 0) {
                return null;
            }
            tokens--;
            return granted.leased(tokens);
        }

        /** The store answered (a verdict; {@code null}: nothing or a failure): the next request may call again. */
        synchronized void answered(Verdict verdict, long expiresAt) {
            call = null;
            if (verdict != null && verdict.allowed()) {
                this.tokens = verdict.tokens();
                this.expiresAt = expiresAt;
                this.granted = verdict;
            }
        }
    }
}

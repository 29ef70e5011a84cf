package cn.beijing.platform.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's limits (README, "Limits at the gateway"), all set in {@code application.yml} and overridable by
 * environment variables ({@code PLATFORM_GATEWAY_…}).
 *
 * @param routeClasses which paths are calculators and which are imports
 * @param maxBody the largest request body per route class (a larger one is answered 413)
 * @param rateLimits token buckets per subject and per agency for each route class
 * @param answerIdleTimeout how long a service that has begun an answer may then send nothing ({@link AnswerIdleTimeout})
 */
@ConfigurationProperties("platform.gateway")
record GatewayLimitsProperties(RouteClassPaths routeClasses, MaxBody maxBody, RateLimits rateLimits,
        Duration answerIdleTimeout) {

    GatewayLimitsProperties {
        Objects.requireNonNull(answerIdleTimeout, "platform.gateway.answer-idle-timeout");
        Objects.requireNonNull(routeClasses, "platform.gateway.route-classes");
        Objects.requireNonNull(maxBody, "platform.gateway.max-body");
        Objects.requireNonNull(rateLimits, "platform.gateway.rate-limits");
    }

    /** Path patterns (Spring {@code PathPattern}) of the state-changing calls that are calculators or imports. */
    record RouteClassPaths(List<String> calculators, List<String> imports) {

        RouteClassPaths {
            calculators = calculators == null ? List.of() : List.copyOf(calculators);
            imports = imports == null ? List.of() : List.copyOf(imports);
        }
    }

    record MaxBody(DataSize calculators, DataSize commands, DataSize imports, DataSize reads) {

        MaxBody {
            for (DataSize size : new DataSize[] { calculators, commands, imports, reads }) {
                Objects.requireNonNull(size, "platform.gateway.max-body needs calculators, commands, imports and reads");
            }
        }

        DataSize of(RouteClass routeClass) {
            return routeClass.of(calculators, commands, imports, reads);
        }
    }

    /**
     * @param enabled whether requests are limited at all
     * @param store the Redis that keeps the buckets of every replica
     * @param leaseShare the share of a quota a replica takes from the store at once and spends on the next requests
     *        ({@link TokenLeases}; at least one token; 0: one token a request)
     */
    record RateLimits(boolean enabled, Store store, double leaseShare, ClassQuotas calculators, ClassQuotas commands,
            ClassQuotas imports, ClassQuotas reads) {

        RateLimits {
            Objects.requireNonNull(store, "platform.gateway.rate-limits.store");
            if (!(leaseShare >= 0 && leaseShare <= 0.1)) {
                throw new IllegalArgumentException(
                        "platform.gateway.rate-limits.lease-share is a share from 0 to 0.1 of a quota, not " + leaseShare);
            }
            for (ClassQuotas quotas : new ClassQuotas[] { calculators, commands, imports, reads }) {
                Objects.requireNonNull(quotas, "platform.gateway.rate-limits needs calculators, commands, imports and reads");
            }
        }

        ClassQuotas of(RouteClass routeClass) {
            return routeClass.of(calculators, commands, imports, reads);
        }
    }

    /**
     * @param timeout how long a request waits for the store before it passes unlimited
     * @param connectTimeout how long a connection attempt may take
     */
    record Store(String host, int port, String password, Duration connectTimeout, Duration timeout) {

        Store {
            Objects.requireNonNull(host, "platform.gateway.rate-limits.store.host");
            Objects.requireNonNull(connectTimeout, "platform.gateway.rate-limits.store.connect-timeout");
            Objects.requireNonNull(timeout, "platform.gateway.rate-limits.store.timeout");
        }

        @Override
        public String toString() {
            return host + ":" + port;        // never the password
        }
    }

    /** The quota of one caller (the token's subject) and of one agency (its {@code agency} claim). */
    record ClassQuotas(Quota subject, Quota agency) {

        ClassQuotas {
            Objects.requireNonNull(subject, "a subject quota");
            Objects.requireNonNull(agency, "an agency quota");
        }
    }

    /**
     * A token bucket: up to {@code requests} at once, refilled at {@code requests} per {@code window}. Written
     * {@code 600/60s}; the window is whole seconds (the {@code w} of the RateLimit-Policy header).
     */
    record Quota(long requests, Duration window) {

        Quota {
            if (requests < 1) {
                throw new IllegalArgumentException("a quota allows at least 1 request, not " + requests);
            }
            if (window.isNegative() || window.toSeconds() < 1 || window.toMillis() % 1000 != 0) {
                throw new IllegalArgumentException("a quota's window is a whole number of seconds, not " + window);
            }
        }

        /** Parses {@code <requests>/<window>}, e.g. {@code 600/60s} or {@code 30/1h}. */
        public static Quota valueOf(String text) {
            int slash = text.indexOf('/');
            if (slash < 1) {
                throw new IllegalArgumentException("a quota is written <requests>/<window>, e.g. 600/60s, not " + text);
            }
            return new Quota(Long.parseLong(text.substring(0, slash).trim()),
                    DurationStyle.detectAndParse(text.substring(slash + 1).trim()));
        }

        @Override
        public String toString() {
            return requests + "/" + window.toSeconds() + "s";
        }
    }
}

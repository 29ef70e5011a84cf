package cn.beijing.platform.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.beijing.platform.gateway.GatewayLimitsProperties.ClassQuotas;
import cn.beijing.platform.gateway.GatewayLimitsProperties.Quota;
import cn.beijing.platform.gateway.GatewayLimitsProperties.Store;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.DefaultClientResources;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

/**
 * The rate limiter's token buckets in Redis, shared by every gateway replica: one bucket per subject and one per
 * agency for each route class, both taken in one atomic script call ({@code scripts/token-buckets.lua}).
 *
 * <p>The connection is Lettuce's own, opened asynchronously on first use (never blocking a Netty thread) and kept:
 * Lettuce reconnects it in the background at least every second after the store went away. While it is
 * disconnected a call fails at once (no queueing); a failed first connection is tried again after a second.
 */
@Component
class TokenBuckets implements DisposableBean {

    /** A bucket of one request: its policy name (as in the RateLimit headers), its quota and its state after the call. */
    record Bucket(String policy, Quota quota, long remaining, long nextTokenMillis) {
    }

    /**
     * Whether the request may pass, and if not, how long until it would.
     *
     * @param tokens how many tokens were taken from each bucket: one a request, more for a replica's lease
     *        ({@link TokenLeases}), none when refused
     */
    record Verdict(boolean allowed, long retryAfterMillis, List<Bucket> buckets, long tokens) {

        List<String> exhausted() {
            return buckets.stream().filter(b -> b.remaining() < 1).map(Bucket::policy).toList();
        }

        /** A request answered from a lease this verdict granted, with {@code leftInLease} tokens of it still unused. */
        Verdict leased(long leftInLease) {
            List<Bucket> state = new ArrayList<>(buckets.size());
            for (Bucket bucket : buckets) {
                state.add(new Bucket(bucket.policy(), bucket.quota(), bucket.remaining() + leftInLease, bucket.nextTokenMillis()));
            }
            return new Verdict(true, 0, state, 1);
        }
    }

    private static final Duration RETRY_CONNECTING_AFTER = Duration.ofSeconds(1);

    private final String script;
    private final String scriptDigest;
    private final ClientResources resources;
    private final RedisClient client;
    private final Mono<StatefulRedisConnection<String, String>> connection;

    TokenBuckets(GatewayLimitsProperties limits) {
        Store store = limits.rateLimits().store();
        this.script = script();
        this.scriptDigest = sha1(script);
        this.resources = DefaultClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                // no latency histogram per command: this client runs one command on every API call
                .commandLatencyRecorder(CommandLatencyRecorder.disabled())
                .build();
        RedisURI.Builder uri = RedisURI.builder().withHost(store.host()).withPort(store.port()).withTimeout(store.timeout());
        if (StringUtils.hasText(store.password())) {
            uri.withPassword(store.password().toCharArray());
        }
        this.client = RedisClient.create(resources, uri.build());
        this.client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(store.connectTimeout()).build())
                .timeoutOptions(TimeoutOptions.enabled(store.timeout()))
                .build());
        this.connection = Mono.fromCompletionStage(() -> client.connectAsync(StringCodec.UTF8, uri.build()))
                .cache(connected -> Duration.ofMillis(Long.MAX_VALUE), failed -> RETRY_CONNECTING_AFTER, () -> Duration.ZERO);
        // connect while the application starts; a store that is not there yet is tried again by the first calls
        this.connection.subscribe(connected -> { }, failed -> { });
    }

    /**
     * Takes up to {@code wanted} tokens (at least one, as many as both buckets have) from the subject's and, when the
     * token names one, the agency's bucket of the route class.
     */
    Mono<Verdict> take(RouteClass routeClass, String subject, String agency, ClassQuotas quotas, long wanted) {
        int buckets = agency == null ? 1 : 2;
        String[] keys = new String[buckets];
        String[] arguments = new String[2 * buckets + 1];
        String[] policies = new String[buckets];
        Quota[] applied = new Quota[buckets];
        set(0, keys, arguments, policies, applied, "rl:" + routeClass.id() + ":subject:" + subject,
                routeClass.id() + "-subject", quotas.subject());
        if (agency != null) {
            set(1, keys, arguments, policies, applied, "rl:" + routeClass.id() + ":agency:" + agency,
                    routeClass.id() + "-agency", quotas.agency());
        }
        arguments[2 * buckets] = Long.toString(wanted);
        return connection.flatMap(connected -> run(connected.reactive(), keys, arguments)).map(result -> {
            List<Bucket> state = new ArrayList<>(buckets);
            for (int i = 0; i < buckets; i++) {
                state.add(new Bucket(policies[i], applied[i], number(result, 2 + 2 * i), number(result, 3 + 2 * i)));
            }
            return new Verdict(number(result, 0) == 1, number(result, 1), state, number(result, 2 + 2 * buckets));
        });
    }

    /** EVALSHA; after a restart of the store (its script cache is empty) the script is sent once in full. */
    private Mono<List<Object>> run(RedisReactiveCommands<String, String> commands, String[] keys, String[] arguments) {
        return commands.<List<Object>>evalsha(scriptDigest, ScriptOutputType.MULTI, keys, arguments).next()
                .onErrorResume(RedisNoScriptException.class,
                        missing -> commands.<List<Object>>eval(script, ScriptOutputType.MULTI, keys, arguments).next());
    }

    private static void set(int index, String[] keys, String[] arguments, String[] policies, Quota[] applied, String key,
            String policy, Quota quota) {
        keys[index] = key;
        arguments[2 * index] = Long.toString(quota.requests());
        arguments[2 * index + 1] = Long.toString(quota.window().toMillis());
        policies[index] = policy;
        applied[index] = quota;
    }

    private static long number(List<?> result, int index) {
        return ((Number) result.get(index)).longValue();
    }

    private static String script() {
        try {
            return new ClassPathResource("scripts/token-buckets.lua").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}

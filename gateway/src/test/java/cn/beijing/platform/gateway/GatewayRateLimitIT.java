package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.test.EmbeddedRedis;
import cn.beijing.platform.test.TestTokens;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two gateways (two application contexts, each with its own server and its own Redis connection, as two replicas
 * are) share one real Redis: together they let through exactly a subject's quota, then answer 429 problem+json
 * with {@code Retry-After} and the RateLimit fields; a sustained stream gets the refill rate; an agency's quota
 * holds across its subjects. With the store stopped, requests pass unlimited at once and the failure is counted
 * and logged; when it is back the limits apply again. A quota of 100 or more is taken in leases (1 % of it a call to
 * the store): the two replicas together still let through the quota, less at most one lease each, with one call to
 * the store per lease, also under a burst of concurrent requests.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayRateLimitIT {

    private static final StubService stub = new StubService();
    private static final EmbeddedRedis redis = EmbeddedRedis.onFreePort().start();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<ConfigurableApplicationContext> gateways = new ArrayList<>();
    private static final List<WebClient> clients = new ArrayList<>();

    @BeforeAll
    static void startTwoGateways() {
        for (int i = 0; i < 2; i++) {
            // command-line arguments: they take precedence over application.yml, as environment variables would
            ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class).run(
                    "--server.port=0", "--management.server.port=0",
                    "--platform.security.jwt.hmac-secret=" + TestTokens.SECRET,
                    "--platform.security.jwt.issuer=" + TestTokens.ISSUER,
                    "--platform.security.jwt.audiences=" + TestTokens.AUDIENCE,
                    "--PLATFORM_ENERGY_URI=" + stub.uri(), "--PLATFORM_GUARDIANSHIP_URI=" + stub.uri(),
                    "--PLATFORM_MEDICAL_INSURANCE_URI=" + stub.uri(), "--PLATFORM_SUBSIDY_URI=" + stub.uri(),
                    "--PLATFORM_REDIS_PORT=" + redis.port(),
                    // the store's answer awaited up to 500 ms (100 ms by default): on a loaded machine a slower answer
                    // let a call pass unlimited (fail open) and the counts drift
                    "--platform.gateway.rate-limits.store.timeout=500ms",
                    // one token back every 90 s: on a loaded machine 40 calls may take seconds, and a refill within the count
                    // would let a 42nd call through
                    "--platform.gateway.rate-limits.calculators.subject=40/3600s",
                    "--platform.gateway.rate-limits.calculators.agency=1000/600s",
                    // 10 per second after a burst of 20
                    "--platform.gateway.rate-limits.reads.subject=20/2s",
                    "--platform.gateway.rate-limits.reads.agency=100000/1s",
                    "--platform.gateway.rate-limits.commands.subject=1000/600s",
                    "--platform.gateway.rate-limits.commands.agency=30/600s",
                    // leased: with the default lease share (1 %) each replica takes 10 tokens a call to the store
                    "--platform.gateway.rate-limits.imports.subject=1000/3600s",
                    "--platform.gateway.rate-limits.imports.agency=100000/3600s");
            gateways.add(gateway);
            int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
            clients.add(WebClient.create("http://127.0.0.1:" + port));
        }
        // both are connected to the store (each connects while it starts)
        String warmUp = TestTokens.bearer("warm-up", "AGENCY-W", "ENERGY_OWNER");
        for (int gateway = 0; gateway < 2; gateway++) {
            int index = gateway;
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> get(index, warmUp).getHeaders().containsHeader("RateLimit"));
        }
    }

    @AfterAll
    static void stopEverything() {
        gateways.forEach(ConfigurableApplicationContext::close);
        redis.stop();
        stub.close();
    }

    @Test
    @Order(1)
    void togetherTwoGatewaysLetThroughTheSubjectsQuotaThenAnswer429WithRetryAfter() {
        String token = TestTokens.bearer("clerk-" + UUID.randomUUID(), "AGENCY-A", "ENERGY_OWNER");
        int passed = 0;
        ResponseEntity<String> refused = null;
        for (int i = 0; i < 50; i++) {
            ResponseEntity<String> response = post(i % 2, "/api/energy/grade-evaluations", token);
            if (response.getStatusCode().value() == 200) {
                passed++;
                assertThat(refused).as("no request passes after the first 429").isNull();
                assertThat(response.getHeaders().getFirst("RateLimit-Policy"))
                        .isEqualTo("\"calculators-subject\";q=40;w=3600, \"calculators-agency\";q=1000;w=600");
                assertThat(response.getHeaders().getFirst("RateLimit")).startsWith("\"calculators-subject\";r=" + (40 - passed) + ";t=");
            } else if (refused == null) {
                refused = response;
            }
        }
        // one token comes back every 90 s: the quota, or one more if the loop was that slow
        assertThat(passed).isBetween(40, 41);
        assertThat(stub.requestsByAuthorization.get(token).get()).isEqualTo(passed);

        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        long retryAfter = Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 90L);
        assertThat(refused.getHeaders().getFirst("RateLimit")).startsWith("\"calculators-subject\";r=0;t=");
        Map<?, ?> problem = JSON.readValue(refused.getBody(), Map.class);
        assertThat(problem.get("type")).isEqualTo("urn:municipal-platform:problem:too-many-requests");
        assertThat(problem.get("status")).isEqualTo(429);
        assertThat(problem.get("violatedPolicies")).isEqualTo(List.of("calculators-subject"));
        assertThat(problem.get("requestId")).isEqualTo(refused.getHeaders().getFirst("X-Request-Id"));
    }

    @Test
    @Order(2)
    void aSustainedStreamThroughBothGatewaysGetsTheRefillRate() {
        String token = TestTokens.bearer("reader-" + UUID.randomUUID(), "AGENCY-B", "ENERGY_OWNER");
        // empty the burst of 20 (and what refills meanwhile)
        long draining = System.nanoTime();
        int i = 0;
        while (get(i++ % 2, token).getStatusCode().value() == 200) {
            double refilled = 10 * (System.nanoTime() - draining) / 1e9;
            assertThat((double) i).as("a burst of 20 plus the refill").isLessThanOrEqualTo(20 + refilled + 1);
        }
        assertThat(i - 1).isGreaterThanOrEqualTo(20);
        long started = System.nanoTime();
        int passed = 0;
        while (System.nanoTime() - started < Duration.ofSeconds(3).toNanos()) {
            if (get(i++ % 2, token).getStatusCode().value() == 200) {
                passed++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double expected = 10 * seconds;
        // the configured 10 per second, ± 10 % (plus a token at each end: one accruing at the start, one accrued
        // while the last call was on its way)
        assertThat((double) passed).as("%d passed in %.2f s", passed, seconds)
                .isBetween(expected * 0.9 - 2, expected * 1.1 + 2);
    }

    @Test
    @Order(3)
    void anAgencysQuotaHoldsAcrossItsSubjects() {
        String agency = "AGENCY-" + UUID.randomUUID();
        int passed = 0;
        ResponseEntity<String> refused = null;
        for (int subject = 0; subject < 4; subject++) {
            String token = TestTokens.bearer("officer-" + subject, agency, "ENERGY_OWNER");
            for (int j = 0; j < 10; j++) {
                ResponseEntity<String> response = post(j % 2, "/api/energy/buildings", token);
                if (response.getStatusCode().value() == 200) {
                    passed++;
                } else {
                    refused = response;
                }
            }
        }
        assertThat(passed).isEqualTo(30);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(JSON.readValue(refused.getBody(), Map.class).get("violatedPolicies")).isEqualTo(List.of("commands-agency"));
    }

    @Test
    @Order(4)
    void withTheStoreDownRequestsPassUnlimitedAtOnceCountedAndLoggedAndTheLimitsReturnWithIt(CapturedOutput output) {
        double failuresBefore = storeFailures();
        redis.stop();
        try {
            String token = TestTokens.bearer("clerk-" + UUID.randomUUID(), "AGENCY-C", "ENERGY_OWNER");
            for (int i = 0; i < 60; i++) {
                long started = System.nanoTime();
                ResponseEntity<String> response = post(i % 2, "/api/energy/grade-evaluations", token);
                assertThat(response.getStatusCode().value()).as("past the quota of 40, without the store").isEqualTo(200);
                assertThat(response.getHeaders().containsHeader("RateLimit")).isFalse();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            }
            assertThat(storeFailures() - failuresBefore).isEqualTo(60);
            assertThat(output.getOut()).contains("rate limiter store unavailable, requests pass unlimited");
        } finally {
            redis.start();
        }
        String token = TestTokens.bearer("clerk-" + UUID.randomUUID(), "AGENCY-C", "ENERGY_OWNER");
        // both gateways reconnect on their own (Lettuce's backoff, up to 1 s): until then a gateway passes calls
        // unlimited, without taking a token; each call that came back with the RateLimit fields took one
        int passed = 0;
        for (int gateway = 0; gateway < 2; gateway++) {
            int which = gateway;
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> post(which, "/api/energy/grade-evaluations", token).getHeaders().containsHeader("RateLimit"));
            passed++;
        }
        while (post(passed % 2, "/api/energy/grade-evaluations", token).getStatusCode().value() == 200) {
            passed++;
            assertThat(passed).isLessThanOrEqualTo(41);
        }
        assertThat(passed).isBetween(40, 41);
    }

    @Test
    @Order(5)
    void aLargerQuotaIsTakenInLeasesTogetherTheReplicasLetThroughTheQuotaLessAtMostOneLeaseEach() {
        String token = TestTokens.bearer("importer-" + UUID.randomUUID(), "AGENCY-D", "ENERGY_OWNER");
        long callsBefore = storeCalls();
        // 300 requests at one replica, 16 at a time: one call to the store at a time takes the next lease
        List<ResponseEntity<String>> burst = Flux.range(0, 300)
                .flatMap(i -> postAsync(0, "/api/medical-insurance/drug-catalogue/imports", token), 16)
                .collectList().block(Duration.ofSeconds(60));
        assertThat(burst).allSatisfy(response -> assertThat(response.getStatusCode().value()).isEqualTo(200));
        long burstCalls = storeCalls() - callsBefore;
        assertThat(burstCalls).as("store calls for 300 requests in leases of 10").isBetween(30L, 31L);

        int passed = burst.size();
        int refusedInARow = 0;
        int i = 0;
        while (refusedInARow < 20) {
            ResponseEntity<String> response = post(i++ % 2, "/api/medical-insurance/drug-catalogue/imports", token);
            if (response.getStatusCode().value() == 200) {
                passed++;
                refusedInARow = 0;
                assertThat(response.getHeaders().getFirst("RateLimit")).startsWith("\"imports-subject\";r=");
            } else {
                assertThat(response.getStatusCode().value()).isEqualTo(429);
                assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
                refusedInARow++;
            }
            assertThat(passed).as("never more than the quota and the refill (one token every 3.6 s)").isLessThanOrEqualTo(1005);
        }
        // the quota, less the unspent part of at most one lease per replica (plus what refilled meanwhile)
        assertThat(passed).isBetween(1000 - 2 * 10, 1005);
        assertThat(stub.requestsByAuthorization.get(token).get()).isEqualTo(passed);
        assertThat(storeCalls() - callsBefore).as("about one call to the store per lease of 10, and one per refusal")
                .isLessThanOrEqualTo(passed / 10 + 2 + 20 + 10);
    }

    /** How many times the store ran the token-bucket script (Redis's own count). */
    private static long storeCalls() {
        RedisClient client = RedisClient.create(RedisURI.create(redis.host(), redis.port()));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            String stats = connection.sync().info("commandstats");
            long calls = 0;
            for (String command : List.of("cmdstat_evalsha:", "cmdstat_eval:")) {
                int at = stats.indexOf(command);
                if (at >= 0) {
                    int from = stats.indexOf("calls=", at) + "calls=".length();
                    calls += Long.parseLong(stats.substring(from, stats.indexOf(',', from)));
                }
            }
            return calls;
        } finally {
            client.shutdown();
        }
    }

    private static double storeFailures() {
        return gateways.stream().mapToDouble(g -> g.getBean(MeterRegistry.class)
                .counter("platform.gateway.rate.limit.store.failures").count()).sum();
    }

    private static ResponseEntity<String> post(int gateway, String path, String token) {
        return clients.get(gateway).post().uri(path).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchangeToMono(r -> r.toEntity(String.class)).block(Duration.ofSeconds(30));
    }

    private static Mono<ResponseEntity<String>> postAsync(int gateway, String path, String token) {
        return clients.get(gateway).post().uri(path).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchangeToMono(r -> r.toEntity(String.class));
    }

    private static ResponseEntity<String> get(int gateway, String token) {
        return clients.get(gateway).get().uri("/api/energy/buildings").header(HttpHeaders.AUTHORIZATION, token)
                .exchangeToMono(r -> r.toEntity(String.class)).block(Duration.ofSeconds(30));
    }
}

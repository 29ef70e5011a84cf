package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import cn.beijing.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Each route reaches its service with the token and a request id; failures become problem+json. */
@AcceptsTestTokens
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resilience4j.timelimiter.instances.guardianship-service.timeout-duration=1s" })
@AutoConfigureWebTestClient(timeout = "30s")
class GatewayRoutesIT {

    private static final StubService stub = new StubService();
    private static final String notRunning = ServiceRoutes.notRunning();
    private static final String TOKEN = TestTokens.bearer("clerk-1", "AGENCY", "ENERGY_OWNER");

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        // subsidy: a service that is not running
        ServiceRoutes.register(registry, stub::uri, stub::uri, stub::uri, () -> notRunning);
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Autowired
    WebTestClient web;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;

    @ParameterizedTest
    @ValueSource(strings = { "/api/energy/buildings", "/api/guardianship/assessments", "/api/medical-insurance/drugs" })
    void routesToItsServiceWithTheTokenAndANewRequestId(String path) {
        String requestId = web.get().uri(path).header("Authorization", TOKEN).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo(path)
                .returnResult().getResponseHeaders().getFirst("X-Request-Id");
        StubService.Seen seen = stub.lastByPath.get(path);
        assertThat(seen.authorization()).isEqualTo(TOKEN);
        assertThat(seen.requestId()).isNotBlank().isEqualTo(requestId);
    }

    @Test
    void keepsTheClientsRequestId() {
        web.post().uri("/api/energy/scope-evaluations").header("Authorization", TOKEN).header("X-Request-Id", "client-42")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isOk().expectHeader().valueEquals("X-Request-Id", "client-42");
        assertThat(stub.lastByPath.get("/api/energy/scope-evaluations").requestId()).isEqualTo("client-42");
        assertThat(stub.lastByPath.get("/api/energy/scope-evaluations").method()).isEqualTo("POST");
    }

    @Test
    void withoutAValidTokenNothingIsRouted() {
        web.get().uri("/api/energy/secret-path").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody().jsonPath("$.type").isEqualTo("urn:municipal-platform:problem:unauthenticated")
                .jsonPath("$.status").isEqualTo(401);
        web.get().uri("/api/energy/secret-path").header("Authorization", "Bearer garbage").exchange()
                .expectStatus().isUnauthorized();
        String expired = TestTokens.sign(TestTokens.SECRET, "u", "A", java.util.List.of("OPS"),
                java.time.Instant.now().minusSeconds(600));
        web.get().uri("/api/energy/secret-path").header("Authorization", "Bearer " + expired).exchange()
                .expectStatus().isUnauthorized();
        assertThat(stub.lastByPath).doesNotContainKey("/api/energy/secret-path");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> refusedTokens() {
        return cn.beijing.platform.test.RefusedTokens.all().entrySet().stream()
                .map(e -> org.junit.jupiter.params.provider.Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("refusedTokens")
    void aTokenBreakingARuleIsRefusedAndNothingIsRouted(String rule, String token) {
        String path = "/api/energy/refused-" + Integer.toHexString(rule.hashCode());
        web.get().uri(path).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stub.lastByPath).doesNotContainKey(path);
    }

    @Test
    void aTokenWithinTheRulesIsRoutedIncludingOneExpiredWithinTheClockSkew() {
        String withinSkew = TestTokens.claims("u-skew", "A", "OPS")
                .issuedAt(java.time.Instant.now().minusSeconds(70)).expiresAt(java.time.Instant.now().minusSeconds(10))
                .sign();
        web.get().uri("/api/energy/skew").header("Authorization", "Bearer " + withinSkew).exchange()
                .expectStatus().isOk();
        String noRoles = TestTokens.claims("u-no-roles", null).without("roles").sign();
        web.get().uri("/api/energy/no-roles").header("Authorization", "Bearer " + noRoles).exchange()
                .expectStatus().isOk();
    }

    @Test
    void devTokensDoNotExistOutsideTheLocalProfile() {
        web.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":\"u1\",\"roles\":[\"OPS\"]}")
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aStoppedServiceAnswers503ProblemFromTheFallbackQuickly() {
        long started = System.nanoTime();
        web.get().uri("/api/subsidies/kindergartens").header("Authorization", TOKEN).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:municipal-platform:problem:service-unavailable")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("subsidy-service"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServiceSlowerThanItsTimeLimitAnswers503WithinTheLimit() {
        long started = System.nanoTime();
        web.get().uri("/api/guardianship/slow").header("Authorization", TOKEN).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));
    }

    @Test
    void manyConcurrentCallsToOneRouteAreAllRoutedNotShedByTheBreaker() {
        // 60 calls held 0.5 s by the service, all in flight at once: more than Spring Cloud CircuitBreaker's
        // default bulkhead (25 per route) admits
        reactor.netty.resources.ConnectionProvider connections = reactor.netty.resources.ConnectionProvider
                .builder("concurrency-test").maxConnections(100).pendingAcquireMaxCount(-1).build();
        org.springframework.web.reactive.function.client.WebClient client = org.springframework.web.reactive.function.client.WebClient
                .builder().baseUrl("http://127.0.0.1:" + port)
                .clientConnector(new org.springframework.http.client.reactive.ReactorClientHttpConnector(
                        reactor.netty.http.client.HttpClient.create(connections)))
                .build();
        try {
            java.util.List<Integer> statuses = reactor.core.publisher.Flux.range(0, 60)
                    .flatMap(i -> client.get().uri("/api/medical-insurance/drugs/hold-" + i).header("Authorization", TOKEN)
                            .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 60)
                    .collectList().block(Duration.ofSeconds(60));
            assertThat(statuses).hasSize(60).containsOnly(200);
        } finally {
            connections.dispose();
        }
    }

    @Test
    void probesAndTheScrapeEndpointAreOpenOnTheManagementPortOnly() {
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        management.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics).contains("resilience4j_circuitbreaker_state"));
        // the route table stays an operator's
        management.get().uri("/actuator/gateway/routes").exchange().expectStatus().isUnauthorized();
        // nothing of Actuator on the API port, with or without a token
        for (String path : java.util.List.of("/actuator/prometheus", "/actuator/health", "/actuator/gateway/routes")) {
            web.get().uri(path).header("Authorization", TestTokens.bearer("ops", "OPS", "OPS")).exchange().expectStatus().isNotFound();
        }
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
    }
}

package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What on-call sees of the gateway: one JSON access-log line per request (method, route id, status, duration, a hash
 * of the subject, never the token) carrying the trace and request id; the trace context handed to the service in a
 * W3C {@code traceparent}; rate, errors and latency per route and the breakers' state on /actuator/prometheus.
 */
@AcceptsTestTokens
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@ExtendWith(OutputCaptureExtension.class)
class GatewayObservabilityIT extends StubRoutedGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Logback is configured once per JVM by the first application context; another test class of this JVM may have
     * started one in the local profile (plain text). Let this context configure logging as it would in production.
     */
    @BeforeAll
    static void configureLoggingAfresh() {
        LoggingSystem.get(GatewayObservabilityIT.class.getClassLoader()).cleanUp();
    }

    @Autowired
    WebTestClient web;

    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;

    @Test
    void eachRequestHasOneAccessLogLineWithItsRouteStatusSubjectHashTraceAndRequestIdButNoToken(CapturedOutput output)
            throws Exception {
        String subject = "clerk-" + UUID.randomUUID();
        String token = TestTokens.bearer(subject, "AGENCY", "ENERGY_OWNER");
        String requestId = "access-" + UUID.randomUUID();
        web.get().uri("/api/energy/buildings?district=haidian").header("Authorization", token)
                .header("X-Request-Id", requestId).exchange().expectStatus().isOk();

        List<JsonNode> lines = access(output, requestId);
        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(line.path("method").asString()).isEqualTo("GET");
        assertThat(line.path("route").asString()).isEqualTo("energy-service");
        assertThat(line.path("status").asInt()).isEqualTo(200);
        assertThat(line.path("durationMs").isNumber()).isTrue();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
        assertThat(line.path("subjectHash").asString()).isEqualTo(HexFormat.of().formatHex(digest, 0, 8));
        assertThat(line.path("traceId").asString()).matches("[0-9a-f]{32}");
        assertThat(line.path("spanId").asString()).matches("[0-9a-f]{16}");
        assertThat(line.path("service").path("name").asString()).isEqualTo("gateway");
        // neither the token, nor the subject, nor the path's query
        assertThat(output.getOut()).doesNotContain(token.substring("Bearer ".length())).doesNotContain(subject)
                .doesNotContain("haidian");

        // the service gets the same trace in a W3C traceparent
        String traceparent = stub.lastByPath.get("/api/energy/buildings").traceparent();
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(traceparent.substring(3, 35)).isEqualTo(line.path("traceId").asString());
    }

    @Test
    void aRequestRefusedBeforeRoutingIsLoggedWithoutRouteOrSubject(CapturedOutput output) {
        String requestId = "access-" + UUID.randomUUID();
        web.get().uri("/api/guardianship/assessments").header("X-Request-Id", requestId)
                .exchange().expectStatus().isUnauthorized();

        JsonNode line = access(output, requestId).get(0);
        assertThat(line.path("route").asString()).isEqualTo("-");
        assertThat(line.path("status").asInt()).isEqualTo(401);
        assertThat(line.path("subjectHash").asString()).isEqualTo("-");
        assertThat(line.path("traceId").asString()).matches("[0-9a-f]{32}");
    }

    @Test
    void rateErrorsAndLatencyPerRouteAndTheBreakersStateAreScraped() {
        String token = TestTokens.bearer("clerk-1", "AGENCY", "ENERGY_OWNER");
        web.get().uri("/api/medical-insurance/drugs").header("Authorization", token).exchange().expectStatus().isOk();

        // scraped on the management port, never the API port
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        String scrape = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).containsPattern(
                "spring_cloud_gateway_requests_seconds_count\\{[^}]*httpStatusCode=\"200\"[^}]*routeId=\"medical-insurance-service\"");
        assertThat(scrape).containsPattern(
                "spring_cloud_gateway_requests_seconds_bucket\\{[^}]*routeId=\"medical-insurance-service\"[^}]*le=\"0\\.25\"");
        assertThat(scrape).containsPattern("http_server_requests_seconds_bucket\\{");
        assertThat(scrape).containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"medical-insurance-service\"[^}]*state=\"closed\"[^}]*\\} 1");
        // the raw path never becomes a tag
        assertThat(scrape).doesNotContain("/api/medical-insurance/drugs");
    }

    /** The access-log lines of a request: written once its response is complete, so possibly just after the client got it. */
    private static List<JsonNode> access(CapturedOutput output, String requestId) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        List<JsonNode> lines = accessLines(output, requestId);
        while (lines.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            lines = accessLines(output, requestId);
        }
        return lines;
    }

    private static List<JsonNode> accessLines(CapturedOutput output, String requestId) {
        return output.getOut().lines().filter(l -> l.startsWith("{")).map(JSON::readTree)
                .filter(l -> "access".equals(l.path("log").path("logger").asString()))
                .filter(l -> requestId.equals(l.path("requestId").asString())).toList();
    }
}

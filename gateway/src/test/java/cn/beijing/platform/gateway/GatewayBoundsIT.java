package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.beijing.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the gateway refuses before any service sees it, each answer problem+json carrying the request id that is
 * also in {@code X-Request-Id}: header sections and request lines past Netty's limits (431, 414: Netty answers
 * those before Spring), paths that are not plain paths (400), unknown paths (404), methods the platform does not
 * serve (405), bodies past their route class's limit (413). Requests are written byte for byte on a socket so
 * that nothing normalises them on the way.
 */
@AcceptsTestTokens
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // a new connection to the stub per request: a body refused half-way (the chunked 413) closes the gateway's
        // connection to the stub, and on a loaded machine the next POST could be handed that connection before its
        // close was seen (PrematureCloseException, 503); the bounds under test do not depend on pooling
        "spring.cloud.gateway.server.webflux.httpclient.pool.type=DISABLED" })
class GatewayBoundsIT extends StubRoutedGateway {

    private static final String TOKEN = TestTokens.bearer("clerk-1", "AGENCY", "ENERGY_OWNER");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** server.netty.max-initial-line-length */
    private static final int MAX_REQUEST_LINE = 4096;
    /** platform.gateway.max-body.calculators */
    private static final int MAX_CALCULATOR_BODY = 64 * 1024;

    @LocalServerPort
    int port;

    @Test
    void headerFieldsPastTheLimitAre431Problem() {
        RawHttp.Response response = RawHttp.send(port, "GET /api/energy/buildings HTTP/1.1\r\nHost: gateway\r\n"
                + "Authorization: " + TOKEN + "\r\nX-Filler: " + "a".repeat(9000) + "\r\n");
        assertProblem(response, 431, "header-fields-too-large");
        // the same request with a header section well inside the limit is routed
        RawHttp.Response ordinary = RawHttp.send(port, "GET /api/energy/buildings HTTP/1.1\r\nHost: gateway\r\n"
                + "Authorization: " + TOKEN + "\r\nX-Filler: " + "a".repeat(4000) + "\r\n");
        assertThat(ordinary.status()).isEqualTo(200);
    }

    @Test
    void aRequestLinePastTheLimitIs414ProblemAndOneAtTheLimitIsRouted() {
        assertThat(RawHttp.send(port, requestLineOf(MAX_REQUEST_LINE - 1)).status()).isEqualTo(200);
        assertThat(RawHttp.send(port, requestLineOf(MAX_REQUEST_LINE)).status()).isEqualTo(200);
        assertProblem(RawHttp.send(port, requestLineOf(MAX_REQUEST_LINE + 1)), 414, "uri-too-long");
    }

    /** "GET /api/energy/buildings?q=aaa… HTTP/1.1" of exactly {@code length} characters, then the headers. */
    private static String requestLineOf(int length) {
        String start = "GET /api/energy/buildings?q=";
        String end = " HTTP/1.1";
        return start + "a".repeat(length - start.length() - end.length()) + end + "\r\nHost: gateway\r\nAuthorization: "
                + TOKEN + "\r\n";
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/energy/../guardianship/assessments", "/api/energy/%2e%2e/guardianship/assessments",
            "/api/energy/%2E%2E/guardianship/assessments", "/api/energy%2Fbuildings", "/api/energy%2fbuildings",
            "/api/energy/./buildings", "/api/energy//buildings", "/api/energy/buildings;jsessionid=1",
            "/api/energy/%252e%252e/buildings", "/api/energy/%5cbuildings", "/api/energy/buildings/.." })
    void pathsThatAreNotPlainPathsAre400ProblemAndReachNoService(String path) {
        RawHttp.Response response = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: gateway\r\nAuthorization: "
                + TOKEN + "\r\n");
        assertProblem(response, 400, "malformed-request");
        assertThat(stub.lastByPath.keySet()).noneMatch(seen -> seen.contains("guardianship/assessments") || seen.contains(";"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/nothing/here", "/API/energy/buildings", "/api", "/actuator/prometheus" })
    void unknownPathsAre404Problem(String path) {
        RawHttp.Response response = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: gateway\r\nAuthorization: "
                + TOKEN + "\r\n");
        assertProblem(response, 404, "not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = { "TRACE", "PROPFIND" })
    void methodsThePlatformDoesNotServeAre405ProblemWithAllow(String method) {
        RawHttp.Response response = RawHttp.send(port, method + " /api/energy/buildings HTTP/1.1\r\nHost: gateway\r\n"
                + "Authorization: " + TOKEN + "\r\n");
        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).contains("GET").contains("POST").doesNotContain(method);
    }

    @Test
    void aCalculatorBodyIsRoutedUpToItsLimitAndRefused413AboveWithoutReachingTheService() {
        assertThat(post("/api/energy/grade-evaluations", MAX_CALCULATOR_BODY - 1).status()).isEqualTo(200);
        RawHttp.Response atLimit = post("/api/energy/grade-evaluations", MAX_CALCULATOR_BODY);
        assertThat(atLimit.status()).isEqualTo(200);
        assertThat(atLimit.body()).contains("\"bytes\":" + MAX_CALCULATOR_BODY);

        stub.lastByPath.remove("/api/energy/scope-evaluations");
        RawHttp.Response over = post("/api/energy/scope-evaluations", MAX_CALCULATOR_BODY + 1);
        assertProblem(over, 413, "content-too-large");
        assertThat(JSON.readValue(over.body(), Map.class).get("detail").toString()).contains("64 KB").contains("calculators");
        assertThat(stub.lastByPath).doesNotContainKey("/api/energy/scope-evaluations");
    }

    @Test
    void aChunkedBodyPastTheLimitIs413Problem() {
        byte[] chunk = "x".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
        StringBuilder chunked = new StringBuilder();
        for (int i = 0; i < 6; i++) {                       // 96 KB in 16 KB chunks
            chunked.append(Integer.toHexString(chunk.length)).append("\r\n").append(new String(chunk, StandardCharsets.US_ASCII))
                    .append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        RawHttp.Response response = RawHttp.send(port, "POST /api/energy/grade-evaluations HTTP/1.1\r\nHost: gateway\r\n"
                + "Authorization: " + TOKEN + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                chunked.toString().getBytes(StandardCharsets.US_ASCII));
        assertProblem(response, 413, "content-too-large");
    }

    @Test
    void importsMayBeFarLargerThanCalculators() {
        RawHttp.Response response = post("/api/medical-insurance/drg-case-batches", 2 * 1024 * 1024);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"bytes\":" + 2 * 1024 * 1024);
    }

    private RawHttp.Response post(String path, int bodyLength) {
        byte[] body = "1".repeat(bodyLength).getBytes(StandardCharsets.US_ASCII);
        return RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: gateway\r\nAuthorization: " + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);
    }

    static void assertProblem(RawHttp.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        Map<?, ?> problem = JSON.readValue(response.body(), Map.class);
        assertThat(problem.get("type")).isEqualTo("urn:municipal-platform:problem:" + type);
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat(problem.get("detail")).asString().isNotBlank();
        assertThat(problem.get("requestId")).asString().isNotBlank().isEqualTo(response.header("X-Request-Id"));
    }
}

package cn.beijing.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outside the local profile every log line is one ECS JSON object, and the lines of a request carry its trace, its
 * request id and, for a command, its aggregate: the command's own line and a line logged deep in its pipeline.
 */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsIT extends NotesApiFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();


    @Test
    void aCommandsLinesCarryItsTraceRequestIdAndAggregate(CapturedOutput output) {
        String requestId = "logs-" + UUID.randomUUID();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String id = web.post().uri("/notes").header("Authorization", TOKEN).header("X-Request-Id", requestId)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "logged note", "kind", "PLAIN", "amount", "10.00", "onDate", "2025-03-01"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();

        JsonNode line = linesOf(output, requestId).stream()
                .filter(l -> l.path("message").asString().startsWith("POST /notes answered 201")).findFirst()
                .orElseThrow(() -> new AssertionError("no command line for " + requestId + " in\n" + output));
        assertThat(line.path("traceId").asString()).isEqualTo(traceId);
        assertThat(line.path("spanId").asString()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
        assertThat(line.path("aggregateId").asString()).isEqualTo(id);
        assertThat(line.path("service").path("name").asString()).isEqualTo("common-test");
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(line.toString()).doesNotContain("logged note");
    }

    @Test
    void aLineLoggedInsideTheRequestsPipelineCarriesItsTraceAndRequestId(CapturedOutput output) {
        String requestId = "logs-" + UUID.randomUUID();
        web.post().uri("/notes/failing").header("Authorization", TOKEN).header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "failing note", "kind", "PLAIN", "amount", 1, "onDate", "2025-03-01"))
                .exchange().expectStatus().isEqualTo(500);

        List<JsonNode> lines = linesOf(output, requestId);
        JsonNode error = lines.stream().filter(l -> "ERROR".equals(l.path("log").path("level").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no ERROR line for " + requestId + " in\n" + output));
        assertThat(error.path("traceId").asString()).matches("[0-9a-f]{32}");
        assertThat(error.path("spanId").asString()).matches("[0-9a-f]{16}");
        // every line of the request is in the same trace
        assertThat(lines).extracting(l -> l.path("traceId").asString()).containsOnly(error.path("traceId").asString());
    }

    private static List<JsonNode> linesOf(CapturedOutput output, String requestId) {
        return output.getOut().lines().filter(l -> l.startsWith("{")).map(JSON::readTree)
                .filter(l -> requestId.equals(l.path("requestId").asString())).toList();
    }
}

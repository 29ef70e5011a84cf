package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import cn.beijing.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The gateway retries only where another try is safe and can help: a GET whose connection was refused, reset or
 * closed before an answer, or that the service answered 503 — twice more, then the client gets the failure. Any
 * other 5xx, and every POST, reaches the service once.
 */
@AcceptsTestTokens
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
class GatewayRetriesIT {

    private static final String TOKEN = TestTokens.bearer("clerk-1", "AGENCY", "ENERGY_OWNER");
    private static final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /** Answers the status named by the path's last segment (/status/503), or closes the connection unanswered (/reset). */
    private static final DisposableServer service = HttpServer.create().host("127.0.0.1").port(0)
            .handle((request, response) -> {
                calls.computeIfAbsent(request.method().name() + " /" + request.path(), k -> new AtomicInteger()).incrementAndGet();
                if (request.path().endsWith("reset")) {
                    return request.receive().then().then(Mono.fromRunnable(() -> response.withConnection(c -> c.channel().close())));
                }
                int status = Integer.parseInt(request.path().substring(request.path().lastIndexOf('/') + 1));
                return request.receive().then(response.status(status).header("Content-Type", "application/json")
                        .sendString(Mono.just("{\"status\":" + status + "}")).then());
            }).bindNow();
    private static final String notRunning = ServiceRoutes.notRunning();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        Supplier<Object> service = () -> "http://127.0.0.1:" + GatewayRetriesIT.service.port();
        ServiceRoutes.register(registry, service, service, service, () -> notRunning);
    }

    @AfterAll
    static void stopService() {
        service.disposeNow();
    }

    @Autowired
    WebTestClient web;

    @Test
    void aGetAnswered503IsTriedThreeTimesThenTheClientGets503Problem() {
        web.get().uri("/api/energy/status/503").header("Authorization", TOKEN).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After");
        assertThat(calls("GET /api/energy/status/503")).isEqualTo(3);
    }

    @Test
    void aGetWhoseConnectionIsClosedUnansweredIsTriedThreeTimes() {
        web.get().uri("/api/medical-insurance/reset").header("Authorization", TOKEN).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(calls("GET /api/medical-insurance/reset")).isEqualTo(3);
    }

    @Test
    void otherServerErrorsAndClientErrorsAreNotRetried() {
        for (int status : new int[] { 500, 502, 504, 404 }) {
            web.get().uri("/api/guardianship/status/" + status).header("Authorization", TOKEN).exchange()
                    .expectStatus().isEqualTo(status);
            assertThat(calls("GET /api/guardianship/status/" + status)).as("GET answered %d", status).isEqualTo(1);
        }
    }

    @Test
    void aPostIsNeverRetried() {
        web.post().uri("/api/medical-insurance/status/503").header("Authorization", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503);
        assertThat(calls("POST /api/medical-insurance/status/503")).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionIsRetriedAndStillAnsweredQuickly() {
        long started = System.nanoTime();
        web.get().uri("/api/subsidies/kindergartens").header("Authorization", TOKEN).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("subsidy-service"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    private static int calls(String request) {
        AtomicInteger count = calls.get(request);
        return count == null ? 0 : count.get();
    }
}

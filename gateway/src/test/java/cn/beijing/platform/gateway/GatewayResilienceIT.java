package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

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
 * The gateway's breakers and time limits with the shipped settings (only the ordinary time limit is shortened to
 * 1 s to keep the test short): a service answering 503 opens its breaker, which half-opens on its own and closes
 * at the first good answers; a service that was down and is started again is served at once; the bulk medical
 * commands have their own time limit and every other medical call the ordinary one; an answer that breaks off
 * before its declared length reaches the caller as a 503 problem, not as a 200 with a cut-off body.
 */
@AcceptsTestTokens
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resilience4j.timelimiter.configs.default.timeout-duration=1s", "platform.gateway.answer-idle-timeout=1s",
        // a new connection per call: the connection of a call cut off by its time limit could be handed to the next
        // call before its close was seen (PrematureCloseException, 503) on a loaded machine
        "spring.cloud.gateway.server.webflux.httpclient.pool.type=DISABLED" })
@AutoConfigureWebTestClient(timeout = "30s")
class GatewayResilienceIT {

    private static final String TOKEN = TestTokens.bearer("clerk-1", "AGENCY", "ENERGY_OWNER");
    private static final ControllableService energy = new ControllableService(0).start();
    private static final ControllableService subsidy = new ControllableService(0).start();
    private static final ControllableService medical = new ControllableService(0).start();
    /** Guardianship's stand-in: every answer breaks off or stops after 10 of its declared 100 bytes. */
    private static final CutOffService guardianship = new CutOffService();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        ServiceRoutes.register(registry, energy::uri, guardianship::uri, medical::uri, subsidy::uri);
    }

    @AfterAll
    static void stopServices() {
        energy.stop();
        subsidy.stop();
        medical.stop();
        guardianship.close();
    }

    @Autowired
    WebTestClient web;

    @Test
    void servicesAnswering503OpenTheBreakerWhichClosesWithinASecondOrTwoOfTheirRecovery() throws InterruptedException {
        energy.status.set(503);
        for (int i = 0; i < 12; i++) {
            post("/api/energy/buildings").expectStatus().isEqualTo(503);
        }
        // the breaker is open: the next call is answered by the gateway without reaching the service
        int reached = energy.requests.get();
        post("/api/energy/buildings").expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("urn:municipal-platform:problem:service-unavailable");
        assertThat(energy.requests.get()).isEqualTo(reached);

        // the service recovers; no client has to knock on the open breaker for it to half-open
        energy.status.set(200);
        long recovered = System.nanoTime();
        Thread.sleep(1500);
        assertThat(post("/api/energy/buildings").returnResult(String.class).getStatus().value()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - recovered)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aServiceThatWasDownIsServedAsSoonAsItIsBack() {
        subsidy.stop();
        for (int i = 0; i < 20; i++) {
            post("/api/subsidies/kindergartens").expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        subsidy.start();
        // the very first call after the restart reaches it: no 503 once the service is ready
        post("/api/subsidies/kindergartens").expectStatus().isOk();
    }

    @Test
    void onlyTheBulkMedicalCommandsHaveTheLongTimeLimit() {
        // a first call through the route, unmeasured: in a cold JVM it loads the token decoder, the route's filters
        // and the breaker, which on a loaded machine took seconds before the time limiter even started
        post("/api/medical-insurance/drg-cases", 0).expectStatus().isOk();
        // the service takes 5 s; the ordinary limit (1 s here) answers 503 long before
        long started = System.nanoTime();
        post("/api/medical-insurance/drg-cases", 5000).expectStatus().isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4500));

        started = System.nanoTime();
        post("/api/medical-insurance/drg-case-batches", 5000).expectStatus().isOk();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(5000));
        // reading a batch is an ordinary call
        web.get().uri("/api/medical-insurance/drg-case-batches/b-1").header("Authorization", TOKEN)
                .header(ControllableService.DELAY, "5000").exchange().expectStatus().isEqualTo(503);
    }

    @Test
    void anAnswerThatBreaksOffBeforeItsDeclaredLengthIsA503ProblemNotA200WithACutOffBody() {
        // the gateway collects a small answer before it writes it (SingleWriteResponses): nothing has been sent to
        // the caller when the service's connection closes early, so the caller gets a problem it can act on
        problemFromGuardianship("/api/guardianship/assessments")
                .jsonPath("$.type").isEqualTo("urn:municipal-platform:problem:service-unavailable");
    }

    @Test
    void anAnswerThatStopsInTheMiddleIsGivenUpAfterTheIdleLimitWithA503Problem() {
        // the time limit ends when the status and headers arrive; the idle limit (1 s here) covers the body
        long started = System.nanoTime();
        problemFromGuardianship("/api/guardianship/stall")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("did not answer in time"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
    }

    /** A command to the guardianship stand-in ({@link CutOffService}), answered 503 problem+json with a request id. */
    private WebTestClient.BodyContentSpec problemFromGuardianship(String path) {
        return web.post().uri(path).header("Authorization", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.requestId").isNotEmpty();
    }

    private WebTestClient.ResponseSpec post(String path) {
        return post(path, 0);
    }

    private WebTestClient.ResponseSpec post(String path, int delayMillis) {
        return web.post().uri(path).header("Authorization", TOKEN).header(ControllableService.DELAY, "" + delayMillis)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
    }

    /** A backend on a fixed port that can be stopped and started, answer a chosen status, or take its time. */
    static final class ControllableService {

        static final String DELAY = "X-Test-Delay-Millis";
        final AtomicInteger status = new AtomicInteger(200);
        final AtomicInteger requests = new AtomicInteger();
        private int port;
        private DisposableServer server;

        ControllableService(int port) {
            this.port = port;
        }

        synchronized ControllableService start() {
            server = HttpServer.create().host("127.0.0.1").port(port).handle((request, response) -> {
                requests.incrementAndGet();
                String delay = request.requestHeaders().get(DELAY);
                long millis = delay == null ? 0 : Long.parseLong(delay);
                int answer = status.get();
                return Mono.delay(Duration.ofMillis(millis)).then(response.status(answer)
                        .header("Content-Type", answer == 200 ? "application/json" : "application/problem+json")
                        .sendString(Mono.just(answer == 200 ? "{\"ok\":true}"
                                : "{\"type\":\"urn:municipal-platform:problem:service-unavailable\",\"status\":503}"))
                        .then());
            }).bindNow();
            port = server.port();
            return this;
        }

        synchronized void stop() {
            if (server != null) {
                server.disposeNow();
                server = null;
            }
        }

        String uri() {
            return "http://127.0.0.1:" + port;
        }
    }

    /**
     * A backend on a plain socket that reads a request, answers 200 declaring a body of 100 bytes and sends 10; then it
     * closes the connection (a service dying in the middle of its answer), or, for a path ending in {@code /stall},
     * sends nothing more until the gateway closes it (a service frozen in the middle of its answer).
     */
    static final class CutOffService implements AutoCloseable {

        private final ServerSocket socket;

        CutOffService() {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread server = new Thread(this::serve, "cut-off-service");
            server.setDaemon(true);
            server.start();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    String requestLine = readRequest(connection.getInputStream());
                    connection.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100\r\n\r\n{\"ok\":tru").getBytes(StandardCharsets.US_ASCII));
                    connection.getOutputStream().flush();
                    if (requestLine.contains("/stall ")) {
                        connection.getInputStream().read();   // until the gateway gives up and closes
                    }
                } catch (IOException e) {
                    // closed by the test, or the gateway gave up on the connection
                }
            }
        }

        /** Reads the request head and its body (by Content-Length); returns the request line. */
        private static String readRequest(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return "";
                }
                head.append((char) b);
            }
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).trim()));
                }
            }
            return head.substring(0, head.indexOf("\r\n"));
        }

        String uri() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

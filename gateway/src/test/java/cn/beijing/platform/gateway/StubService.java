package cn.beijing.platform.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A stand-in backend for routing tests: reads the whole request body, then answers 200 with what it received
 * (path and body size); after 5 s under /slow, 0.5 s under /hold.
 */
final class StubService implements AutoCloseable {

    record Seen(String method, String path, String requestId, String authorization, String traceparent) {
    }

    final Map<String, Seen> lastByPath = new ConcurrentHashMap<>();
    /** How many requests each bearer token made reach this service. */
    final Map<String, AtomicInteger> requestsByAuthorization = new ConcurrentHashMap<>();
    private final DisposableServer server;

    StubService() {
        server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((request, response) -> {
                    Seen seen = new Seen(request.method().name(), request.path(), request.requestHeaders().get("X-Request-Id"),
                            request.requestHeaders().get("Authorization"), request.requestHeaders().get("traceparent"));
                    lastByPath.put("/" + request.path(), seen);
                    if (seen.authorization() != null) {
                        requestsByAuthorization.computeIfAbsent(seen.authorization(), a -> new AtomicInteger()).incrementAndGet();
                    }
                    Mono<Void> delay = request.path().endsWith("slow") ? Mono.delay(Duration.ofSeconds(5)).then()
                            : request.path().contains("hold") ? Mono.delay(Duration.ofMillis(500)).then() : Mono.empty();
                    Mono<Long> bytes = request.receive().map(buffer -> (long) buffer.readableBytes()).reduce(0L, Long::sum);
                    return bytes.flatMap(received -> delay.then(response.header("Content-Type", "application/json")
                            .sendString(Mono.just("{\"service\":\"stub\",\"path\":\"/" + request.path()
                                    + "\",\"bytes\":" + received + "}")).then()));
                })
                .bindNow();
    }

    /** Forgets the requests seen so far. */
    void forget() {
        lastByPath.clear();
        requestsByAuthorization.clear();
    }

    String uri() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}

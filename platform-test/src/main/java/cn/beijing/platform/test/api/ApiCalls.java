package cn.beijing.platform.test.api;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Requests to a running service exactly as written: the path and query go out unencoded ({@code %00} stays a NUL),
 * the body as given (a string is sent as is, anything else as JSON).
 */
public final class ApiCalls {

    /** The "status" of a request that got no response because the connection was closed. */
    public static final int CONNECTION_CLOSED = 0;

    private final WebTestClient web;
    private final String baseUrl;

    public ApiCalls(WebTestClient web, int port) {
        this.web = web.mutate().responseTimeout(Duration.ofSeconds(60))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public ApiResponse send(ApiRequest request) {
        ApiResponse response = send(HttpMethod.valueOf(request.method()), request.pathAndQuery(), request.token(),
                request.contentType(), request.body(), request.headers());
        return new ApiResponse(request.toString(), response.status(), response.contentType(), response.body(),
                response.elapsed());
    }

    /**
     * The request sent until it answers within {@code limit}, at most 8 times, the fastest answer kept: on a shared CI
     * machine one request may wait for a CPU, and the figure should be the service's time, not its neighbours'. A
     * different status on a retry ends the retries with that answer.
     */
    public ApiResponse fastest(ApiRequest request, Duration limit) {
        ApiResponse best = send(request);
        for (int i = 1; i < 8 && best.elapsed().compareTo(limit) >= 0; i++) {
            ApiResponse again = send(request);
            if (again.status() != best.status()) {
                return again;
            }
            best = again.elapsed().compareTo(best.elapsed()) < 0 ? again : best;
        }
        return best;
    }

    public ApiResponse get(String token, String pathAndQuery) {
        return send(HttpMethod.GET, pathAndQuery, token, null, null);
    }

    public ApiResponse post(String token, String pathAndQuery, Object body) {
        return send(HttpMethod.POST, pathAndQuery, token, MediaType.APPLICATION_JSON, body);
    }

    public ApiResponse put(String token, String pathAndQuery, Object body) {
        return send(HttpMethod.PUT, pathAndQuery, token, MediaType.APPLICATION_JSON, body);
    }

    /**
     * @param token       the {@code Authorization} header value ({@code null}: none)
     * @param contentType {@code null}: no Content-Type header
     * @param body        {@code null}: no body; a {@code String} or {@code byte[]}: sent as is; else JSON
     */
    public ApiResponse send(HttpMethod method, String pathAndQuery, String token, MediaType contentType, Object body) {
        return send(method, pathAndQuery, token, contentType, body, Map.of());
    }

    private ApiResponse send(HttpMethod method, String pathAndQuery, String token, MediaType contentType, Object body,
                             Map<String, String> headers) {
        WebTestClient.RequestBodySpec spec = web.method(method).uri(URI.create(baseUrl + pathAndQuery));
        headers.forEach(spec::header);
        if (token != null) {
            spec.header(HttpHeaders.AUTHORIZATION, token);
        }
        if (contentType != null) {
            spec.contentType(contentType);
        }
        long started = System.nanoTime();
        EntityExchangeResult<byte[]> result;
        try {
            result = (body == null ? spec : spec.bodyValue(body)).exchange().expectBody().returnResult();
        } catch (WebClientRequestException e) {
            // no response: the service closed the connection (after refusing an oversized body while it was sent)
            return new ApiResponse(method + " " + pathAndQuery, CONNECTION_CLOSED, null, e.getMessage(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        byte[] bytes = result.getResponseBodyContent();
        return new ApiResponse(method + " " + pathAndQuery, result.getStatus().value(),
                result.getResponseHeaders().getContentType(),
                bytes == null ? "" : new String(bytes, java.nio.charset.StandardCharsets.UTF_8), elapsed);
    }
}

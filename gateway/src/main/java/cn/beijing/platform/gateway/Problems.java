package cn.beijing.platform.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem documents written by the gateway itself (same types as the services'). */
final class Problems {

    static final URI UNAUTHENTICATED = type("unauthenticated");
    static final URI FORBIDDEN = type("forbidden");
    static final URI SERVICE_UNAVAILABLE = type("service-unavailable");
    static final URI VALIDATION = type("validation-failed");
    static final URI MALFORMED_REQUEST = type("malformed-request");
    static final URI NOT_FOUND = type("not-found");
    static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    static final URI CONTENT_TOO_LARGE = type("content-too-large");

    private Problems() {
    }

    static URI type(String slug) {
        return URI.create("urn:municipal-platform:problem:" + slug);
    }

    static Map<String, Object> body(URI type, HttpStatus status, String detail, ServerWebExchange exchange,
            List<Map<String, String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        String requestId = RequestIdFilter.requestId(exchange);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        return body;
    }

    static Mono<Void> write(JsonMapper json, ServerWebExchange exchange, URI type, HttpStatus status, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] bytes = json.writeValueAsString(body(type, status, detail, exchange, null)).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}

package cn.beijing.platform.gateway;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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
    static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    static final URI CONTENT_TOO_LARGE = type("content-too-large");
    static final URI URI_TOO_LONG = type("uri-too-long");
    static final URI HEADER_FIELDS_TOO_LARGE = type("header-fields-too-large");
    static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    static final URI TOO_MANY_REQUESTS = type("too-many-requests");
    static final URI INTERNAL = type("internal-error");

    private Problems() {
    }

    static URI type(String slug) {
        return URI.create("urn:municipal-platform:problem:" + slug);
    }

    /** The type of a status the gateway answers without a more specific reason. */
    static URI typeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> CONTENT_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADER_FIELDS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status.is5xxServerError() ? INTERNAL : type("http-" + status.value());
        };
    }

    static Map<String, Object> body(URI type, HttpStatusCode status, String detail, ServerWebExchange exchange,
            List<Map<String, String>> errors) {
        Map<String, Object> body = body(type, status, detail, exchange.getRequest().getPath().value(),
                RequestIdFilter.requestId(exchange));
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        return body;
    }

    /** A problem without an exchange (answers written below Spring, e.g. to a request Netty could not decode). */
    static Map<String, Object> body(URI type, HttpStatusCode status, String detail, String instance, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title(status));
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        return body;
    }

    static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "HTTP " + status.value() : known.getReasonPhrase();
    }

    static Mono<Void> write(JsonMapper json, ServerWebExchange exchange, URI type, HttpStatusCode status, String detail) {
        return write(json, exchange, status, body(type, status, detail, exchange, null));
    }

    /** Writes a problem document as the response body. */
    static Mono<Void> write(JsonMapper json, ServerWebExchange exchange, HttpStatusCode status, Map<String, Object> body) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] bytes = json.writeValueAsBytes(body);
        headers.setContentLength(bytes.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}

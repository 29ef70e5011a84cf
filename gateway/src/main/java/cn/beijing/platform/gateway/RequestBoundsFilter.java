package cn.beijing.platform.gateway;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cheap checks every request passes before anything else (token validation included), each refusal a
 * problem+json with the request id: a method the platform does not serve (405 with {@code Allow}), a path that
 * is not a plain path — {@code .} or {@code ..} segments, encoded dots, slashes or backslashes, double encoding,
 * {@code ;}, {@code //} (400: such paths mean different things to the gateway and to the services behind it),
 * and a body larger than its route class allows (413: by {@code Content-Length} at once, or when a chunked body
 * passes the limit). Request lines and header sections over Netty's limits are answered by
 * {@link DecodingFailureProblems}.
 */
@Component
class RequestBoundsFilter implements WebFilter, Ordered {

    static final Set<HttpMethod> SERVED_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);
    private static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String[] FORBIDDEN_IN_PATH = { "%2e", "%2f", "%5c", "%25", "%00", "\\", ";", "//" };

    private final RouteClasses routeClasses;
    private final GatewayLimitsProperties.MaxBody maxBody;
    private final JsonMapper json;

    RequestBoundsFilter(RouteClasses routeClasses, GatewayLimitsProperties limits, JsonMapper json) {
        this.routeClasses = routeClasses;
        this.maxBody = limits.maxBody();
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!SERVED_METHODS.contains(request.getMethod())) {
            exchange.getResponse().getHeaders().set(HttpHeaders.ALLOW, ALLOW);
            return Problems.write(json, exchange, Problems.METHOD_NOT_ALLOWED, HttpStatus.METHOD_NOT_ALLOWED,
                    "Method " + request.getMethod().name() + " is not served by the platform.");
        }
        if (!plainPath(request.getURI().getRawPath())) {
            return Problems.write(json, exchange, Problems.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST,
                    "The request path must be a plain path: no '.' or '..' segments, encoded dots, slashes or"
                            + " backslashes, ';' or '//'.");
        }
        RouteClass routeClass = routeClasses.of(exchange);
        long limit = maxBody.of(routeClass).toBytes();
        long length = request.getHeaders().getContentLength();
        if (length > limit) {
            return tooLarge(exchange, routeClass, limit);
        }
        if (length < 0 && request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            // a chunked body: counted as it streams to the service; past the limit the call fails with 413
            return chain.filter(exchange.mutate().request(new BoundedBody(request, routeClass, limit)).build());
        }
        return chain.filter(exchange);
    }

    static boolean plainPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return true;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN_IN_PATH) {
            if (lower.contains(forbidden)) {
                return false;
            }
        }
        for (String segment : lower.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, RouteClass routeClass, long limit) {
        exchange.getResponse().getHeaders().setConnection("close");   // the rest of the body is not read
        return Problems.write(json, exchange, Problems.CONTENT_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
                detail(routeClass, limit));
    }

    static String detail(RouteClass routeClass, long limit) {
        return "The request body is larger than the " + DataSize.ofBytes(limit).toKilobytes() + " KB allowed for "
                + routeClass.id() + ".";
    }

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 1;
    }

    /** A streamed (chunked) body that fails with 413 once more than the limit has arrived. */
    private static final class BoundedBody extends ServerHttpRequestDecorator {

        private final RouteClass routeClass;
        private final long limit;

        BoundedBody(ServerHttpRequest delegate, RouteClass routeClass, long limit) {
            super(delegate);
            this.routeClass = routeClass;
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong received = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (received.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new PayloadTooLargeException(new IllegalStateException(detail(routeClass, limit))));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }

    /** Requests Spring Security's firewall refuses (it checks after this filter, e.g. headers) get the same answer. */
    @Configuration(proxyBeanMethods = false)
    static class FirewallAnswers {

        @Bean
        ServerExchangeRejectedHandler problemExchangeRejectedHandler(JsonMapper json) {
            return (exchange, rejected) -> Problems.write(json, exchange, Problems.MALFORMED_REQUEST,
                    HttpStatus.BAD_REQUEST, "The request was refused by the gateway's firewall rules.");
        }
    }
}

package cn.beijing.platform.gateway;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every request leaves the gateway with an {@code X-Request-Id}: the client's, when it is a plausible token,
 * otherwise a new UUID. It is forwarded to the service (which writes it into the Kafka headers of the events
 * the request causes) and returned to the client, on errors too. It is also in the Reactor context, from where
 * context propagation's MDC accessor puts it into every log line of the request ({@code requestId}).
 */
@Component
class RequestIdFilter implements WebFilter, Ordered {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> h.set(HEADER, id)).build();
        ServerWebExchange mutated = exchange.mutate().request(request).build();
        mutated.getAttributes().put(ATTRIBUTE, id);
        mutated.getResponse().getHeaders().set(HEADER, id);
        mutated.getResponse().beforeCommit(() -> {
            // a proxied response may carry the service's copy: keep exactly one
            mutated.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(mutated).contextWrite(context -> context.put(Slf4jThreadLocalAccessor.KEY, Map.of(MDC_KEY, id)));
    }

    static String requestId(ServerWebExchange exchange) {
        Object id = exchange.getAttribute(ATTRIBUTE);
        return id == null ? null : id.toString();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

package cn.beijing.platform.common.web;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Takes {@code X-Request-Id} from the request (the gateway always sets one) or creates it, echoes it in the
 * response, and puts it in the exchange and the Reactor context for the outbox and the problem responses.
 */
public class RequestIdWebFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, id);
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
        return chain.filter(exchange).contextWrite(context -> RequestIds.put(context, id));
    }

    @Override
    public int getOrder() {
        // before Spring Security, so that a 401 also carries the id
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

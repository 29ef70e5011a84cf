package cn.beijing.platform.gateway;

import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A service's answer with a {@code Content-Length} of at most {@link #MAX_BYTES} is written to the caller in one
 * write: status line, headers and body together, one system call. Spring Cloud Gateway relays the body as a stream,
 * and Reactor Netty then sends the headers and the body as two writes, each flushed on its own (two {@code send}
 * calls per answer where one does; a tenth of the gateway's CPU under load is in {@code send}). The body is
 * collected first — it is small and its size is known — and handed on as one buffer, so Reactor Netty sends one full
 * HTTP message.
 * Larger bodies, answers without a length (chunked, streaming media types go through {@code writeAndFlushWith})
 * and {@code HEAD} answers are relayed as before. When a collected body breaks off before its declared length (the
 * service's connection closed mid-answer), nothing has been sent to the caller yet: the caller gets the gateway's
 * 503 problem instead of a 200 with a cut-off body.
 */
@Component
class SingleWriteResponses implements GlobalFilter, Ordered {

    /** Calculator, command and read answers are a few KB; 64 KB bounds what one request holds in memory. */
    static final int MAX_BYTES = 64 * 1024;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (HttpMethod.HEAD.equals(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().response(new Collected(exchange.getResponse())).build());
    }

    @Override
    public int getOrder() {
        // just before the filter that writes the service's answer, so that it writes to this response
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    private static final class Collected extends ServerHttpResponseDecorator {

        Collected(ServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            long length = getHeaders().getContentLength();
            if (body instanceof Mono || length <= 0 || length > MAX_BYTES) {
                return super.writeWith(body);
            }
            return super.writeWith(DataBufferUtils.join(body, MAX_BYTES));
        }
    }
}

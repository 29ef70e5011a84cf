package cn.beijing.platform.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reactor Netty answers a request it cannot decode by itself, before Spring sees it: a request line longer than
 * {@code server.netty.max-initial-line-length} with 414, a header section larger than
 * {@code server.max-http-request-header-size} with 431, anything else malformed with 400, each with an empty body.
 * This handler, placed right behind the HTTP codec of every connection, notes such a request on the way in and
 * replaces that empty answer with a problem+json document carrying a request id (the client's {@code X-Request-Id}
 * when it could be read and is plausible, otherwise a new one) on the way out.
 */
@ChannelHandler.Sharable
@RequiredArgsConstructor
final class DecodingFailureProblems extends ChannelDuplexHandler {

    static final String NAME = "platform.decodingFailureProblems";
    private static final AttributeKey<String> FAILED_REQUEST_ID = AttributeKey.valueOf(NAME + ".requestId");
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final JsonMapper json;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request && request.decoderResult().isFailure()) {
            String incoming = request.headers().get(RequestIdFilter.HEADER);
            ctx.channel().attr(FAILED_REQUEST_ID)
                    .set(incoming != null && ACCEPTABLE_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString());
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        String requestId = ctx.channel().attr(FAILED_REQUEST_ID).getAndSet(null);
        if (requestId != null && msg instanceof FullHttpResponse empty && empty.content().readableBytes() == 0) {
            FullHttpResponse problem = problem(empty, requestId);
            ReferenceCountUtil.release(empty);
            ctx.write(problem, promise);
            return;
        }
        ctx.write(msg, promise);
    }

    private FullHttpResponse problem(FullHttpResponse empty, String requestId) {
        HttpStatusCode status = HttpStatusCode.valueOf(empty.status().code());
        byte[] body = json.writeValueAsBytes(Problems.body(Problems.typeOf(status), status, detail(status.value()), null, requestId));
        FullHttpResponse problem = new DefaultFullHttpResponse(empty.protocolVersion(), empty.status(), Unpooled.wrappedBuffer(body));
        problem.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set(RequestIdFilter.HEADER, requestId);
        return problem;
    }

    private static String detail(int status) {
        return switch (status) {
            case 414 -> "The request line (method, path and query) is longer than the gateway accepts.";
            case 431 -> "The request's header fields are larger than the gateway accepts.";
            default -> "The request is not valid HTTP.";
        };
    }

    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        NettyServerCustomizer decodingFailureProblems(JsonMapper json) {
            DecodingFailureProblems handler = new DecodingFailureProblems(json);
            return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
                if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                    channel.pipeline().addAfter(NettyPipeline.HttpCodec, NAME, handler);
                }
            });
        }
    }
}

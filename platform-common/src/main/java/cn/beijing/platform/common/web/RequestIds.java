package cn.beijing.platform.common.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import org.springframework.web.server.ServerWebExchange;
import reactor.util.context.ContextView;

/**
 * The correlation id of a request ({@code X-Request-Id}): set by the gateway, kept by every service, written
 * into the headers of the events a request causes. Where it is in a Reactor context, it is also in the logging MDC
 * as {@code requestId} on every thread the work runs on (context propagation's MDC accessor).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Kafka header carrying the request id of the command that caused an event. */
    public static final String KAFKA_HEADER = "x-request-id";
    static final String ATTRIBUTE = RequestIds.class.getName();
    static final String CONTEXT_KEY = "platform.requestId";
    /** The logging MDC key of the request id. */
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(MDC_KEY));
    }

    private RequestIds() {
    }

    /** The request id of an exchange that went through {@link RequestIdWebFilter}, else null. */
    public static String of(ServerWebExchange exchange) {
        Object id = exchange.getAttribute(ATTRIBUTE);
        return id == null ? null : id.toString();
    }

    /** The request id in a Reactor context, when the pipeline serves a request. */
    public static Optional<String> of(ContextView context) {
        return context.getOrEmpty(CONTEXT_KEY).map(Object::toString);
    }

    /** An incoming id if it is a plausible token (never echo arbitrary text into logs), else a new one. */
    public static String acceptOrCreate(String incoming) {
        if (incoming != null && ACCEPTABLE.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }

    public static reactor.util.context.Context put(reactor.util.context.Context context, String id) {
        return context.put(CONTEXT_KEY, id).put(Slf4jThreadLocalAccessor.KEY, Map.of(MDC_KEY, id));
    }
}

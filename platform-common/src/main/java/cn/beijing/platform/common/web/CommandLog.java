package cn.beijing.platform.common.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * One log line per command (a POST, PUT, PATCH or DELETE outside {@code /actuator}) when it is answered: method, the
 * route's pattern (never the raw path or query), status and duration, with the request's {@code traceId},
 * {@code spanId}, {@code requestId} and the command's {@code aggregateId} in the MDC. The aggregate is the
 * route's {@code {id}} variable, or, for a command that creates one, the aggregate of the first event it writes
 * to the outbox ({@link #noteAggregate}). While the command runs, its log lines carry the aggregate id too, once
 * it is known. Nothing of the body is logged.
 */
public class CommandLog implements WebFilter, Ordered {

    public static final String MDC_KEY = "aggregateId";
    static final String CONTEXT_KEY = "platform.command";
    private static final Logger log = LoggerFactory.getLogger(CommandLog.class);
    private static final Set<HttpMethod> COMMANDS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    /** The command a request runs: its exchange, and the aggregate once it is known. */
    public static final class Command {

        private final ServerWebExchange exchange;
        private volatile String createdAggregate;

        Command(ServerWebExchange exchange) {
            this.exchange = exchange;
        }

        /** The route's {@code {id}}, else the aggregate the command created, else empty. */
        public Optional<String> aggregateId() {
            Map<String, String> variables = exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            if (variables != null && variables.get("id") != null) {
                return Optional.of(variables.get("id"));
            }
            return Optional.ofNullable(createdAggregate);
        }
    }

    /** Called by the outbox for every event a request writes: the first one names the command's new aggregate. */
    public static void noteAggregate(ContextView context, String aggregateId) {
        context.<Command>getOrEmpty(CONTEXT_KEY).ifPresent(command -> {
            if (command.createdAggregate == null) {
                command.createdAggregate = aggregateId;
            }
            command.aggregateId().ifPresent(id -> MDC.put(MDC_KEY, id));
        });
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!COMMANDS.contains(exchange.getRequest().getMethod())
                || exchange.getRequest().getPath().value().startsWith("/actuator")) {
            return chain.filter(exchange);
        }
        Command command = new Command(exchange);
        long started = System.nanoTime();
        return chain.filter(exchange)
                .then(Mono.deferContextual(context -> answered(context, exchange, started, null)))
                .onErrorResume(error -> Mono.deferContextual(context -> answered(context, exchange, started, error))
                        .then(Mono.error(error)))
                .contextWrite(context -> context.put(CONTEXT_KEY, command));
    }

    private Mono<Void> answered(ContextView context, ServerWebExchange exchange, long started, Throwable error) {
        try (ContextSnapshot.Scope ignored = SNAPSHOTS.setThreadLocalsFrom(context)) {
            // the context's command sets the MDC from the route's {id} or the aggregate the command created
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            PathPattern pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            log.atInfo()
                    .setMessage("{} {} answered {} in {} ms")
                    .addArgument(exchange.getRequest().getMethod())
                    .addArgument(pattern == null ? "(no route)" : pattern.getPatternString())
                    .addArgument(error == null && status != null ? status.value() : "with an error")
                    .addArgument((System.nanoTime() - started) / 1_000_000)
                    .log();
        }
        return Mono.empty();
    }

    @Override
    public int getOrder() {
        // inside the request id filter, before Spring Security (so that a refused command is logged as well)
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}

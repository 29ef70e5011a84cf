package cn.beijing.platform.gateway;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.MDC;
import reactor.util.context.ContextView;

/**
 * The trace, span and request ids of a request's log lines, restored from its Reactor context where the gateway
 * writes a line about the request. Reactor's automatic context propagation would restore every thread-local (the
 * observation, the MDC, Spring Security's holders) around every signal of every operator of every request: a tenth of
 * the gateway's CPU under load (bench/README.md); the gateway logs in two places (the access log and the error handler), so it
 * restores them there.
 */
final class RequestLogContext {

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private RequestLogContext() {
    }

    /** What {@link #restore} set, undone by {@link #close()}. */
    interface Scope extends AutoCloseable {

        @Override
        void close();
    }

    /**
     * Sets the thread-locals the context carries (the trace; the MDC once the request id filter ran) and, where the
     * context does not carry it (outside the filter chain, e.g. in the error handler), the request id in the MDC.
     */
    static Scope restore(ContextView context, String requestId) {
        ContextSnapshot.Scope restored = SNAPSHOTS.setThreadLocalsFrom(context);
        if (requestId == null || MDC.get(RequestIdFilter.MDC_KEY) != null) {
            return restored::close;
        }
        MDC.put(RequestIdFilter.MDC_KEY, requestId);
        return () -> {
            MDC.remove(RequestIdFilter.MDC_KEY);
            restored.close();
        };
    }
}

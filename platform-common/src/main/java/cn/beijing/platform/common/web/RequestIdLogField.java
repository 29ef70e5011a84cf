package cn.beijing.platform.common.web;

import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

/**
 * Copies the request id of the Reactor context ({@link RequestIds}) into the logging MDC as {@code requestId}
 * wherever a pipeline runs (context propagation restores it on every thread the request's work hops to), so that
 * every log line of a request, and of the consumer that handles an event the request caused, carries it.
 * Registered through {@code META-INF/services/io.micrometer.context.ThreadLocalAccessor}.
 */
public final class RequestIdLogField implements ThreadLocalAccessor<String> {

    public static final String MDC_KEY = "requestId";

    @Override
    public Object key() {
        return RequestIds.CONTEXT_KEY;
    }

    @Override
    public String getValue() {
        return MDC.get(MDC_KEY);
    }

    @Override
    public void setValue(String value) {
        MDC.put(MDC_KEY, value);
    }

    @Override
    public void setValue() {
        MDC.remove(MDC_KEY);
    }
}

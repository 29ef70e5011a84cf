package cn.beijing.platform.gateway;

import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

/**
 * Copies the request id of the Reactor context ({@link RequestIdFilter}) into the logging MDC as {@code requestId}
 * wherever the request's work runs. Registered through
 * {@code META-INF/services/io.micrometer.context.ThreadLocalAccessor}.
 */
public final class RequestIdLogField implements ThreadLocalAccessor<String> {

    static final String MDC_KEY = "requestId";

    @Override
    public Object key() {
        return RequestIdFilter.CONTEXT_KEY;
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

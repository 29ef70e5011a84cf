package cn.beijing.platform.common.web;

import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

/**
 * Puts the aggregate id of the running command ({@link CommandLog}) into the logging MDC as {@code aggregateId}
 * wherever the command's pipeline runs. Registered through
 * {@code META-INF/services/io.micrometer.context.ThreadLocalAccessor}.
 */
public final class CommandLogField implements ThreadLocalAccessor<CommandLog.Command> {

    private static final ThreadLocal<CommandLog.Command> CURRENT = new ThreadLocal<>();

    @Override
    public Object key() {
        return CommandLog.CONTEXT_KEY;
    }

    @Override
    public CommandLog.Command getValue() {
        return CURRENT.get();
    }

    @Override
    public void setValue(CommandLog.Command command) {
        CURRENT.set(command);
        command.aggregateId().ifPresentOrElse(id -> MDC.put(CommandLog.MDC_KEY, id), () -> MDC.remove(CommandLog.MDC_KEY));
    }

    @Override
    public void setValue() {
        CURRENT.remove();
        MDC.remove(CommandLog.MDC_KEY);
    }
}

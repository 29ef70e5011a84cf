package cn.beijing.platform.common.background;

import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;

/**
 * Work that runs in the background while the application runs (the outbox relay, the retention purge): subscribed
 * when the application context starts, when its property enables it, and disposed when the context stops.
 */
public abstract class BackgroundWork implements SmartLifecycle {

    private volatile Disposable running;

    /** Whether the work runs in this application (its property); read when the context starts. */
    protected abstract boolean enabled();

    /** Subscribes the work; what it returns is disposed when the context stops. */
    protected abstract Disposable subscribe();

    @Override
    public void start() {
        if (enabled() && running == null) {
            running = subscribe();
        }
    }

    @Override
    public void stop() {
        Disposable work = running;
        if (work != null) {
            work.dispose();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}

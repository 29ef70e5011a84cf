package cn.beijing.platform.gateway;

import cn.beijing.platform.test.EmbeddedRedis;

/** One real Redis for the gateway tests of this JVM (the rate limiter's store), started on first use. */
final class SharedRedis {

    private static EmbeddedRedis redis;

    private SharedRedis() {
    }

    static synchronized EmbeddedRedis get() {
        if (redis == null) {
            redis = EmbeddedRedis.onFreePort().start();
            Runtime.getRuntime().addShutdownHook(new Thread(redis::stop, "shared-redis-stop"));
        }
        return redis;
    }

    static int port() {
        return get().port();
    }
}

package cn.beijing.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;

import redis.embedded.RedisServer;

/**
 * A real Redis server (the redis-server 6.2 binaries shipped in the {@code com.github.codemonstur:embedded-redis}
 * artifact) as a child process on loopback: the gateway's rate-limit store on the local platform and in tests.
 * It keeps nothing on disk (token buckets are short-lived) and can be stopped and started again on the same port
 * to show what the gateway does while its store is away.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private int port;
    /** The port was chosen here (not given): until the first start, another may be chosen when it is taken. */
    private boolean portMayChange;
    private RedisServer server;

    public EmbeddedRedis(int port) {
        this.port = port == 0 ? KraftBroker.freePort() : port;
        this.portMayChange = port == 0;
    }

    /** A server on a free port. */
    public static EmbeddedRedis onFreePort() {
        return new EmbeddedRedis(0);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public synchronized boolean running() {
        return server != null && server.isActive();
    }

    /**
     * Starts the server; returns once it accepts connections. A port chosen here that another process took between
     * the choice and the start is chosen again (up to four times), before the first start only: a restarted server
     * keeps its port.
     */
    public synchronized EmbeddedRedis start() {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce();
            } catch (UncheckedIOException e) {
                if (!portMayChange || attempt == 5) {
                    throw e;
                }
                port = KraftBroker.freePort();
            }
        }
    }

    private EmbeddedRedis startOnce() {
        if (running()) {
            return this;
        }
        try {
            server = RedisServer.newRedisServer()
                    .port(port)
                    .bind(host())
                    .setting("save \"\"")
                    .setting("appendonly no")
                    // buckets all carry a time to live: under memory pressure the closest to expiry go first
                    .setting("maxmemory 64mb")
                    .setting("maxmemory-policy volatile-ttl")
                    .build();
            server.start();
            portMayChange = false;
            return this;
        } catch (IOException e) {
            server = null;
            throw new UncheckedIOException("Redis did not start on port " + port, e);
        }
    }

    /** Stops the server: open connections are closed, new ones refused. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not stop on port " + port, e);
        } finally {
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}

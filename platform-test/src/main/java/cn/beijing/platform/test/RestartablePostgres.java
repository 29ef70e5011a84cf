package cn.beijing.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import lombok.RequiredArgsConstructor;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL 17 server (zonky's binaries) on a fixed port with its data directory on disk, so that it can
 * be stopped ({@code pg_ctl stop -m fast}: clients see their connections closed, new ones refused) and started
 * again with its data: what the local platform runs, and what the fault tests stop under a running service.
 */
@RequiredArgsConstructor
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private final Map<String, String> serverConfig = new LinkedHashMap<>();
    private EmbeddedPostgres postgres;

    /** A server on a free port with its data under {@code dataDirectory}, tuned for tests (no fsync). */
    public static RestartablePostgres onFreePort(Path dataDirectory) {
        return new RestartablePostgres(dataDirectory, KraftBroker.freePort())
                .withServerConfig("fsync", "off")
                .withServerConfig("synchronous_commit", "off")
                .withServerConfig("full_page_writes", "off");
    }

    /** A {@code postgresql.conf} setting applied at every start. */
    public RestartablePostgres withServerConfig(String name, String value) {
        serverConfig.put(name, value);
        return this;
    }

    public int port() {
        return port;
    }

    /** The server and its superuser account ({@code postgres}/{@code postgres}, as zonky sets it up). */
    public PostgresServer server() {
        return new PostgresServer("127.0.0.1", port, "postgres", "postgres");
    }

    /** Points a Spring test context's R2DBC and Flyway at {@code database} on this server, created if missing. */
    public void register(DynamicPropertyRegistry registry, String database) {
        PostgresServer server = server();
        server.springProperties(server.createDatabase(database)).forEach((name, value) -> registry.add(name, () -> value));
    }

    public synchronized boolean running() {
        return postgres != null;
    }

    /** Initialises the data directory on first use, then starts the server; returns once it accepts connections. */
    public synchronized RestartablePostgres start() {
        if (postgres != null) {
            return this;
        }
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300");
            serverConfig.forEach(builder::setServerConfig);
            postgres = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /** Stops the server (fast shutdown: open sessions are ended); the data directory stays. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        } finally {
            postgres = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}

package cn.beijing.platform.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.test.EmbeddedRedis;
import cn.beijing.platform.test.Infrastructure;
import cn.beijing.platform.test.PostgresServer;
import cn.beijing.platform.test.SharedInfrastructure;
import cn.beijing.platform.test.TestTokens;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The platform as it is deployed: the bootable jars of the four services and the gateway, each in its own
 * JVM (local profile, the test HMAC key), on the test JVM's real PostgreSQL (a database per service) and
 * real Kafka broker, the gateway's rate limits in a real Redis. Started once per test JVM, on free ports (an API
 * port and a management port each), and stopped at exit. Logs are in {@code e2e-tests/target/e2e-logs/}, one JSON
 * object per line (ECS, as in the cluster). Every application exports its spans over OTLP to {@link #traces()}, a
 * receiver in the test JVM, with every trace sampled.
 *
 * <p>Use {@link #get()}, then {@link #gateway()} for requests, {@link #kafkaBootstrapServers()} for
 * {@code KafkaProbe}, and {@link #jdbcUrl(String)} to look into a service's database.
 */
public final class PlatformUnderTest {

    /** A service of the platform: its module, its database, and the gateway variable of its address. */
    public enum App {
        ENERGY("energy-service", "e2e_energy", "PLATFORM_ENERGY_URI"),
        GUARDIANSHIP("guardianship-service", "e2e_guardianship", "PLATFORM_GUARDIANSHIP_URI"),
        MEDICAL_INSURANCE("medical-insurance-service", "e2e_medical_insurance", "PLATFORM_MEDICAL_INSURANCE_URI"),
        SUBSIDY("subsidy-service", "e2e_subsidy", "PLATFORM_SUBSIDY_URI");

        final String module;
        final String database;
        final String gatewayVariable;

        App(String module, String database, String gatewayVariable) {
            this.module = module;
            this.database = database;
            this.gatewayVariable = gatewayVariable;
        }
    }

    private static PlatformUnderTest instance;

    private final Infrastructure infrastructure;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<App, Integer> ports = new LinkedHashMap<>();
    private final Map<App, Integer> managementPorts = new LinkedHashMap<>();
    private int gatewayManagementPort;
    private final int gatewayPort;
    private final EmbeddedRedis redis = EmbeddedRedis.onFreePort();
    private final Path logs;
    private final OtlpReceiver traces = new OtlpReceiver();

    private PlatformUnderTest(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
        this.logs = Path.of(System.getProperty("platform.e2e.logs", "target/e2e-logs"));
        this.gatewayPort = freePort();
    }

    public static synchronized PlatformUnderTest get() {
        if (instance == null) {
            PlatformUnderTest platform = new PlatformUnderTest(SharedInfrastructure.get());
            Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "platform-under-test-stop"));
            platform.start();
            instance = platform;
        }
        return instance;
    }

    /** A client of the gateway (the only address front ends use). */
    public WebTestClient gateway() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + gatewayPort)
                .responseTimeout(Duration.ofSeconds(120)).build();
    }

    public int gatewayPort() {
        return gatewayPort;
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    /** JDBC URL of a service's database, for assertions on what was (not) written. */
    public String jdbcUrl(App app) {
        return infrastructure.postgres().jdbcUrl(app.database);
    }

    public PostgresServer postgres() {
        return infrastructure.postgres();
    }

    /** What {@code sql} counts (a single row with column {@code n}) in the database of {@code app}. */
    public long count(App app, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(app), postgres().user(), postgres().password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong("n");
        }
    }

    /** The spans the gateway and the services exported. */
    OtlpReceiver traces() {
        return traces;
    }

    /** The management base URL (Actuator: probes, the scrape endpoint) of a service. */
    String managementUrl(App app) {
        return "http://127.0.0.1:" + managementPorts.get(app);
    }

    /** The management base URL of the gateway. */
    String gatewayManagementUrl() {
        return "http://127.0.0.1:" + gatewayManagementPort;
    }

    /** A JSON log file of an application (gateway or a service's module name). */
    static Path log(String module) {
        return logFile(module).toPath();
    }

    /** A bearer token the gateway and the services accept. */
    public static String bearer(String subject, String agency, String... roles) {
        return TestTokens.bearer(subject, agency, roles);
    }

    private void start() {
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PostgresServer postgres = infrastructure.postgres();
        for (App app : App.values()) {
            postgres.createDatabase(app.database);
            int port = freePort();
            ports.put(app, port);
            Map<String, String> env = new LinkedHashMap<>();
            int managementPort = freePort();
            managementPorts.put(app, managementPort);
            env.put("PORT", String.valueOf(port));
            env.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
            env.put("PLATFORM_PG_HOST", postgres.host());
            env.put("PLATFORM_PG_PORT", String.valueOf(postgres.port()));
            env.put("PLATFORM_PG_DATABASE", app.database);
            env.put("PLATFORM_PG_USER", postgres.user());
            env.put("PLATFORM_PG_PASSWORD", postgres.password());
            env.put("PLATFORM_KAFKA_BOOTSTRAP", infrastructure.kafkaBootstrapServers());
            launch(app.module, env, "-Xmx320m");
        }
        for (App app : App.values()) {
            awaitReady(app.module, "http://127.0.0.1:" + managementPorts.get(app) + "/actuator/health/readiness");
        }
        redis.start();
        gatewayManagementPort = freePort();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(gatewayPort));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(gatewayManagementPort));
        env.put("PLATFORM_REDIS_HOST", redis.host());
        env.put("PLATFORM_REDIS_PORT", String.valueOf(redis.port()));
        ports.forEach((app, port) -> env.put(app.gatewayVariable, "http://127.0.0.1:" + port));
        launch("gateway", env, "-Xmx192m");
        awaitReady("gateway", "http://127.0.0.1:" + gatewayManagementPort + "/actuator/health");
    }

    private void launch(String module, Map<String, String> env, String heap) {
        Path root = Path.of(System.getProperty("platform.e2e.root", ".."));
        String version = System.getProperty("platform.e2e.version", "0.1.0-SNAPSHOT");
        Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + "-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("missing " + jar + ": build the reactor (./mvnw verify) before the e2e tests");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        // scheduled jobs stay off: the tests drive every step themselves, whatever the time of day
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xss512k", "-Dsubsidy.notice-closing.cron=-", "-Denergy.overdue-evaluation.cron=-",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(module + ".log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("SPRING_PROFILES_ACTIVE", "local");
        builder.environment().put("PLATFORM_JWT_SECRET", TestTokens.SECRET);
        builder.environment().put("PLATFORM_JWT_ISSUER", TestTokens.ISSUER);
        builder.environment().put("PLATFORM_JWT_AUDIENCES", TestTokens.AUDIENCE);
        // as deployed: JSON log lines, and spans exported over OTLP (here to the test's receiver, every 200 ms)
        builder.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        builder.environment().put("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", traces.endpoint());
        builder.environment().put("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "200ms");
        builder.environment().put("MANAGEMENT_TRACING_SAMPLING_PROBABILITY", "1.0");
        try {
            processes.put(module, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + module, e);
        }
    }

    private void awaitReady(String module, String url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            Process process = processes.get(module);
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue() + "; log:\n" + tail(module));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(module + " not ready in 240 s; log:\n" + tail(module));
    }

    private String tail(String module) {
        try {
            List<String> lines = Files.readAllLines(logs.resolve(module + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private void stop() {
        List<String> modules = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(modules);
        for (String module : modules) {
            processes.get(module).destroy();
        }
        for (String module : modules) {
            try {
                if (!processes.get(module).waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    processes.get(module).destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        traces.close();
        redis.stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static File logFile(String module) {
        return Path.of(System.getProperty("platform.e2e.logs", "target/e2e-logs"), module + ".log").toFile();
    }
}

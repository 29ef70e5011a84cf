package cn.beijing.platform.localinfra;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import cn.beijing.platform.test.EmbeddedRedis;
import cn.beijing.platform.test.KraftBroker;
import cn.beijing.platform.test.PostgresServer;
import cn.beijing.platform.test.RestartablePostgres;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local platform's infrastructure in one JVM: PostgreSQL 17 (real binaries from a Maven artifact, a child
 * process) with one database per service, a real single-node Kafka broker in KRaft mode, and a real Redis (binaries
 * from a Maven artifact, a child process) for the gateway's rate limits. PostgreSQL's and Kafka's data live under
 * the run folder and survive restarts until {@code platform.sh down --purge}; Redis keeps nothing (token buckets
 * are short-lived).
 *
 * <p>Arguments: {@code <run-dir> <postgres-port> <kafka-port> <kafka-controller-port> [<control-port> [<redis-port>]]};
 * a port of 0 skips that part (the user runs an external one). Writes {@code <run-dir>/infra.ready} once everything
 * accepts connections. With a control port, a small HTTP interface on 127.0.0.1 lets fault tests (bench/faults) stop
 * and start each part: {@code POST /postgres/stop}, {@code /postgres/start}, {@code /kafka/stop},
 * {@code /kafka/start}, {@code /redis/stop}, {@code /redis/start}, {@code GET /status}.
 */
public final class LocalInfrastructure {

    static final List<String> DATABASES = List.of("energy", "guardianship", "medical_insurance", "subsidy");

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws Exception {
        Path runDir = Path.of(args.length > 0 ? args[0] : ".run").toAbsolutePath();
        int postgresPort = args.length > 1 ? Integer.parseInt(args[1]) : 15432;
        int kafkaPort = args.length > 2 ? Integer.parseInt(args[2]) : 19092;
        int controllerPort = args.length > 3 ? Integer.parseInt(args[3]) : 19093;
        int controlPort = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        int redisPort = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        Path ready = runDir.resolve("infra.ready");
        Files.deleteIfExists(ready);
        for (int port : new int[] { postgresPort, kafkaPort, kafkaPort == 0 ? 0 : controllerPort, controlPort, redisPort }) {
            if (port != 0) {
                requireFree(port);
            }
        }
        Files.createDirectories(runDir);

        RestartablePostgres postgres = null;
        if (postgresPort != 0) {
            Path pgData = runDir.resolve("postgres");
            postgres = new RestartablePostgres(pgData, postgresPort).withServerConfig("max_connections", "200").start();
            PostgresServer server = new PostgresServer("localhost", postgresPort, "postgres", "postgres");
            for (String database : DATABASES) {
                server.createDatabase(database);
            }
            System.out.println("PostgreSQL 17 on localhost:" + postgresPort + " (databases " + DATABASES + ", data " + pgData + ")");
        }

        KraftBroker kafka = null;
        if (kafkaPort != 0) {
            kafka = new KraftBroker(runDir.resolve("kafka"), kafkaPort, controllerPort).start();
            System.out.println("Kafka (KRaft) on " + kafka.bootstrapServers() + " (log " + runDir.resolve("kafka") + ")");
        }
        EmbeddedRedis redis = null;
        if (redisPort != 0) {
            redis = new EmbeddedRedis(redisPort).start();
            System.out.println("Redis on " + redis.host() + ":" + redisPort + " (the gateway's rate limits)");
        }
        RestartablePostgres startedPostgres = postgres;
        KraftBroker startedKafka = kafka;
        EmbeddedRedis startedRedis = redis;
        HttpServer control = controlPort == 0 ? null : control(controlPort, startedPostgres, startedKafka, startedRedis);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping local infrastructure");
            try {
                Files.deleteIfExists(ready);
            } catch (IOException ignored) {
                // best effort
            }
            if (control != null) {
                control.stop(0);
            }
            if (startedRedis != null) {
                startedRedis.stop();
            }
            if (startedKafka != null) {
                startedKafka.stop();
            }
            try {
                if (startedPostgres != null) {
                    startedPostgres.stop();
                }
            } catch (RuntimeException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "local-infra-stop"));

        Files.writeString(ready, "postgres=" + postgresPort + "\nkafka=" + kafkaPort + "\ncontrol=" + controlPort
                + "\nredis=" + redisPort + "\n");
        System.out.println("local infrastructure ready");
        stopped.await();
    }

    /** The fault-injection interface, on loopback only. Each call returns when the part has stopped or accepts connections. */
    private static HttpServer control(int port, RestartablePostgres postgres, KraftBroker kafka, EmbeddedRedis redis)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean post = "POST".equals(exchange.getRequestMethod());
            try {
                switch (post ? path : "GET " + path) {
                    case "/postgres/stop" -> part(postgres, "PostgreSQL").stop();
                    case "/postgres/start" -> part(postgres, "PostgreSQL").start();
                    case "/kafka/stop" -> part(kafka, "Kafka").stop();
                    case "/kafka/start" -> part(kafka, "Kafka").start();
                    case "/redis/stop" -> part(redis, "Redis").stop();
                    case "/redis/start" -> part(redis, "Redis").start();
                    case "GET /status" -> { }
                    default -> {
                        answer(exchange, 404, "unknown: " + exchange.getRequestMethod() + " " + path + "\n");
                        return;
                    }
                }
                System.out.println("control: " + exchange.getRequestMethod() + " " + path + " done");
                answer(exchange, 200, "postgres=" + (postgres != null && postgres.running() ? "up" : "down")
                        + "\nkafka=" + (kafka != null && kafka.running() ? "up" : "down")
                        + "\nredis=" + (redis != null && redis.running() ? "up" : "down") + "\n");
            } catch (RuntimeException e) {
                answer(exchange, 500, e + "\n");
            }
        });
        server.start();
        System.out.println("control interface on 127.0.0.1:" + port);
        return server;
    }

    private static <T> T part(T part, String name) {
        if (part == null) {
            throw new IllegalStateException(name + " is not run by this process");
        }
        return part;
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            System.err.println("port " + port + " is already in use: stop whatever uses it or choose another port"
                    + " (see deploy/local/platform.sh --help)");
            System.exit(2);
        }
    }
}

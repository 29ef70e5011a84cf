package cn.beijing.platform.localinfra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import cn.beijing.platform.test.KraftBroker;
import cn.beijing.platform.test.PostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local platform's infrastructure in one JVM: PostgreSQL 17 (real binaries from a Maven artifact) with
 * one database per service, and a real single-node Kafka broker in KRaft mode. Data lives under the run
 * folder and survives restarts until {@code platform.sh down --purge}.
 *
 * <p>Arguments: {@code <run-dir> <postgres-port> <kafka-port> <kafka-controller-port>}; a port of 0 skips that
 * part (the user runs an external one). Writes {@code <run-dir>/infra.ready} once everything accepts connections.
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
        Path ready = runDir.resolve("infra.ready");
        Files.deleteIfExists(ready);
        for (int port : new int[] { postgresPort, kafkaPort, kafkaPort == 0 ? 0 : controllerPort }) {
            if (port != 0) {
                requireFree(port);
            }
        }
        Files.createDirectories(runDir);

        EmbeddedPostgres postgres = null;
        if (postgresPort != 0) {
            Path pgData = runDir.resolve("postgres");
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(postgresPort)
                    .setServerConfig("max_connections", "200")
                    .start();
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
        EmbeddedPostgres startedPostgres = postgres;
        KraftBroker startedKafka = kafka;

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping local infrastructure");
            try {
                Files.deleteIfExists(ready);
            } catch (IOException ignored) {
                // best effort
            }
            if (startedKafka != null) {
                startedKafka.stop();
            }
            try {
                if (startedPostgres != null) {
                    startedPostgres.close();
                }
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "local-infra-stop"));

        Files.writeString(ready, "postgres=" + postgresPort + "\nkafka=" + kafkaPort + "\n");
        System.out.println("local infrastructure ready");
        stopped.await();
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

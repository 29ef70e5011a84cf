package cn.beijing.platform.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 17 and Kafka (KRaft) in containers, for machines with a Docker engine. */
final class ContainerInfrastructure implements Infrastructure, AutoCloseable {

    static final String POSTGRES_IMAGE = "postgres:17-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;
    private final PostgresServer server;

    private ContainerInfrastructure(PostgreSQLContainer postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.server = new PostgresServer(postgres.getHost(), postgres.getFirstMappedPort(),
                postgres.getUsername(), postgres.getPassword());
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    static ContainerInfrastructure start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        postgres.start();
        kafka.start();
        return new ContainerInfrastructure(postgres, kafka);
    }

    @Override
    public PostgresServer postgres() {
        return server;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String kind() {
        return "docker";
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}

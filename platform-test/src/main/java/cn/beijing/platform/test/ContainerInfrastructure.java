package cn.beijing.platform.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 17 and Kafka (KRaft) in containers, for machines with a Docker engine. */
final class ContainerInfrastructure {

    static final String POSTGRES_IMAGE = "postgres:17-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    private ContainerInfrastructure() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    static StartedInfrastructure start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        postgres.start();
        kafka.start();
        return new StartedInfrastructure(new PostgresServer(postgres.getHost(), postgres.getFirstMappedPort(),
                postgres.getUsername(), postgres.getPassword()), kafka.getBootstrapServers(), "docker", () -> {
                    kafka.stop();
                    postgres.stop();
                });
    }
}

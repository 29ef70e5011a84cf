package cn.beijing.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** Embedded PostgreSQL 17 (real binaries from a Maven artifact) and the in-JVM KRaft broker. */
final class EmbeddedInfrastructure {

    private EmbeddedInfrastructure() {
    }

    static StartedInfrastructure start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "5"));
        kafka.afterPropertiesSet();
        return new StartedInfrastructure(new PostgresServer("127.0.0.1", postgres.getPort(), "postgres", "postgres"),
                kafka.getBrokersAsString(), "embedded", () -> {
                    kafka.destroy();
                    postgres.close();
                });
    }
}

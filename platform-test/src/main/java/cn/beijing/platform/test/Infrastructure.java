package cn.beijing.platform.test;

/** What an integration test may use: one PostgreSQL server and one Kafka broker, both real. */
public interface Infrastructure {

    /** The PostgreSQL server; databases are created on demand. */
    PostgresServer postgres();

    /** Bootstrap servers of the Kafka broker, e.g. {@code 127.0.0.1:40123}. */
    String kafkaBootstrapServers();

    /** How this infrastructure was obtained, for the test log: {@code embedded} or {@code docker}. */
    String kind();
}

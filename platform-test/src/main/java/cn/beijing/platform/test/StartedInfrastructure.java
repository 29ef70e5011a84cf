package cn.beijing.platform.test;

/**
 * An {@link Infrastructure} that was started (in containers or embedded) and that {@link #close()} stops.
 *
 * @param stop stops the broker and the PostgreSQL server
 */
record StartedInfrastructure(PostgresServer postgres, String kafkaBootstrapServers, String kind, Stop stop)
        implements Infrastructure, AutoCloseable {

    /** Stops what was started. */
    @FunctionalInterface
    interface Stop {
        void run() throws Exception;
    }

    @Override
    public void close() throws Exception {
        stop.run();
    }
}

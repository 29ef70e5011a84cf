package cn.beijing.platform.common.outbox;

import java.time.Duration;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The relay's own database connections: a pool of two beside the service's, so that commands queueing for a
 * connection when the service is loaded never hold up the publication of what already committed, and the relay
 * never takes a connection from them. Validated like the service's pool (a restart leaves closed sessions).
 */
public final class OutboxConnections implements AutoCloseable {

    private final ConnectionPool pool;
    private final DatabaseClient db;
    private final TransactionalOperator tx;

    public OutboxConnections(ConnectionFactory connections) {
        this.pool = new ConnectionPool(ConnectionPoolConfiguration.builder(connections)
                .name("outbox-relay")
                .initialSize(1)
                .maxSize(2)
                .maxIdleTime(Duration.ofSeconds(30))
                .maxLifeTime(Duration.ofMinutes(30))
                .validationDepth(ValidationDepth.REMOTE)
                .maxValidationTime(Duration.ofSeconds(1))
                .acquireRetry(1)
                .maxAcquireTime(Duration.ofSeconds(10))
                .maxCreateConnectionTime(Duration.ofSeconds(2))
                .build());
        this.db = DatabaseClient.create(pool);
        this.tx = TransactionalOperator.create(new R2dbcTransactionManager(pool));
    }

    public DatabaseClient db() {
        return db;
    }

    public TransactionalOperator tx() {
        return tx;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}

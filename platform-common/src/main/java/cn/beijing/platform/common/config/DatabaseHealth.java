package cn.beijing.platform.common.config;

import java.time.Duration;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.r2dbc.health.ConnectionFactoryHealthIndicator;
import reactor.core.publisher.Mono;

/**
 * Boot's R2DBC health check (a connection from the pool, validated against the server) with a time limit: DOWN
 * when the database does not answer within it, so that readiness drops while the database is unreachable instead
 * of hanging for the pool's acquisition time. The details name only the failure's class.
 */
final class DatabaseHealth implements ReactiveHealthIndicator {

    private final ConnectionFactoryHealthIndicator check;
    private final Duration timeout;

    DatabaseHealth(ConnectionFactory connectionFactory, Duration timeout) {
        this.check = new ConnectionFactoryHealthIndicator(connectionFactory);
        this.timeout = timeout;
    }

    @Override
    public Mono<Health> health() {
        return check.health()
                .timeout(timeout)
                .onErrorResume(e -> Mono.just(Health.down().withDetail("error", e.getClass().getSimpleName()).build()));
    }
}

package cn.beijing.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives an integration test a real PostgreSQL and a real Kafka broker.
 *
 * <p>The infrastructure is started once per test JVM and shared: Testcontainers (PostgreSQL 17, Kafka)
 * when a Docker engine answers, otherwise embedded PostgreSQL 17 (zonky binaries) and the in-JVM KRaft
 * broker of spring-kafka-test. Each test class gets a database of its own. In a Spring test the
 * connection settings are written into the context's properties ({@code spring.r2dbc.*},
 * {@code spring.flyway.*}, {@code spring.kafka.bootstrap-servers}) and the local JWT key
 * ({@code platform.security.jwt.hmac-secret}, see {@link TestTokens}); a JUnit test without Spring can
 * take an {@link Infrastructure} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealInfrastructureExtension.class)
public @interface RealInfrastructure {

    /**
     * Whether the context is pointed at the shared broker. A test that stops and restarts a broker of its
     * own (see {@link KraftBroker}) sets this to false and supplies {@code spring.kafka.bootstrap-servers}.
     */
    boolean sharedKafka() default true;

    /**
     * Whether the context is pointed at the shared PostgreSQL. A test that stops and restarts a server of its own
     * (see {@link RestartablePostgres}) sets this to false and supplies {@code spring.r2dbc.*} and
     * {@code spring.flyway.*}.
     */
    boolean sharedPostgres() default true;
}

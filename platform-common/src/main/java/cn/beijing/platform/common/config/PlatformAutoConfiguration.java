package cn.beijing.platform.common.config;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import cn.beijing.platform.common.deadletter.DeadLetterReplayController;
import cn.beijing.platform.common.deadletter.DeadLetterReplays;
import cn.beijing.platform.common.error.ProblemResponses;
import cn.beijing.platform.common.error.UnexpectedProblems;
import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.inbox.ConsumerErrorHandler;
import cn.beijing.platform.common.inbox.DeadLetterProperties;
import cn.beijing.platform.common.inbox.IdempotentConsumer;
import cn.beijing.platform.common.input.BoundedDateFormatter;
import cn.beijing.platform.common.input.InputRulesModule;
import cn.beijing.platform.common.input.InputRulesWebFilter;
import cn.beijing.platform.common.input.RequestBodyMapper;
import cn.beijing.platform.common.outbox.EventTraceContext;
import cn.beijing.platform.common.outbox.KafkaEventPublisherFactory;
import cn.beijing.platform.common.outbox.OutboxCommitListener;
import cn.beijing.platform.common.outbox.OutboxConnections;
import cn.beijing.platform.common.outbox.OutboxProperties;
import cn.beijing.platform.common.outbox.OutboxRelay;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.retention.RetentionProperties;
import cn.beijing.platform.common.retention.RetentionPurge;
import cn.beijing.platform.common.web.CommandLog;
import cn.beijing.platform.common.web.RequestIdWebFilter;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** What every service gets from platform-common: outbox, inbox, idempotent commands, errors, input rules, calendar. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
        "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration" },
        beforeName = "org.springframework.boot.r2dbc.autoconfigure.health.ConnectionFactoryHealthContributorAutoConfiguration")
@EnableConfigurationProperties({ OutboxProperties.class, DeadLetterProperties.class, RetentionProperties.class })
public class PlatformAutoConfiguration {

    /** Dates are Asia/Shanghai (docs/POLICY.md); the clock is injected at the edge, never read in policy code. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.shipped();
    }

    @Bean
    @ConditionalOnMissingBean
    TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
        return TransactionalOperator.create(transactionManager);
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    UnexpectedProblems unexpectedProblems(@Value("${platform.problems.retry-after:5s}") Duration retryAfter) {
        return new UnexpectedProblems(retryAfter);
    }

    @Bean
    RequestIdWebFilter requestIdWebFilter() {
        return new RequestIdWebFilter();
    }

    /** The input rules for query parameters, path segments and headers. */
    @Bean
    InputRulesWebFilter inputRulesWebFilter(JsonMapper json) {
        return new InputRulesWebFilter(json);
    }

    /**
     * The mapper that reads request bodies under the input rules: a copy of the application's mapper that carries
     * {@link InputRulesModule} (stored JSON, events and responses are read as before).
     */
    @Bean
    @ConditionalOnMissingBean
    RequestBodyMapper requestBodyMapper(JsonMapper json) {
        return RequestBodyMapper.of(json);
    }

    /** The input rules for JSON request bodies: the request decoder. Last, so that it replaces Boot's decoder. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    CodecCustomizer inputRulesRequestDecoder(RequestBodyMapper requests) {
        return configurer -> configurer.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(requests.json()));
    }

    /** The date range for dates in query parameters and path segments. */
    @Bean
    WebFluxConfigurer inputRulesDateParameters() {
        return new WebFluxConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addFormatterForFieldType(LocalDate.class, new BoundedDateFormatter());
            }
        };
    }

    @Bean
    CommandLog commandLog() {
        return new CommandLog();
    }

    /** Trace context through the outbox; without a tracer (tracing switched off) events carry none. */
    @Bean
    EventTraceContext eventTraceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new EventTraceContext(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    OutboxWriter outboxWriter(DatabaseClient db, JsonMapper json, Clock clock, EventTraceContext traces) {
        return new OutboxWriter(db, json, clock, traces);
    }

    /**
     * The one producer of a service: idempotent, {@code acks=all}, bounded waits so that a missing broker
     * makes a relay round fail fast instead of hanging. Also publishes dead letters.
     *
     * <p>Batching and compression (each overridable with {@code spring.kafka.producer.*}): the relay hands a
     * whole round (up to {@code platform.outbox.max-batch-size} rows) to the producer at once, so batches fill
     * without waiting. {@code linger.ms=0}: nothing else would arrive to fill a batch while the producer waited,
     * and every millisecond of lingering is a millisecond between the commit and the broker's acknowledgement
     * of a single event. {@code batch.size=256 KiB} (default 16 KiB): a backlog round of 5,000 events of about
     * 1 KiB spread over 3 partitions is ~7 requests per partition instead of ~110, fewer round trips and
     * acknowledgements to wait for; still far below the 1 MiB request and broker message limits, and only
     * allocated for partitions that have records waiting. {@code compression.type=lz4}: JSON events with
     * repeated field names shrink several times over, at a CPU cost far below zstd's on a 2-core host where the
     * producer and the broker compete with the service; zstd would save bandwidth that a local cluster does not
     * lack.
     */
    @Bean
    KafkaTemplate<String, byte[]> platformKafkaTemplate(KafkaProperties kafka, OutboxProperties outbox) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) outbox.maxBlock().toMillis());
        int requestTimeout = (int) Math.max(1000, outbox.sendTimeout().toMillis() / 2);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) outbox.sendTimeout().toMillis() + 10);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    KafkaEventPublisherFactory kafkaEventPublisherFactory(KafkaTemplate<String, byte[]> platformKafkaTemplate,
            OutboxProperties outbox, @Value("${spring.application.name:service}") String application,
            EventTraceContext traces) {
        String source = outbox.source() != null ? outbox.source() : "/municipal-platform/" + application;
        return new KafkaEventPublisherFactory(platformKafkaTemplate, outbox, source, traces);
    }

    /**
     * Wakes the relay when outbox rows commit, on a connection of its own; absent when the database is not
     * PostgreSQL through r2dbc-postgresql (the relay then polls).
     */
    @Bean
    @ConditionalOnMissingBean
    OutboxCommitListener outboxCommitListener(ConnectionFactory connections, OutboxProperties outbox) {
        return OutboxCommitListener.postgresql(connections)
                .map(postgresql -> new OutboxCommitListener(postgresql, outbox.pollInterval()))
                .orElse(null);
    }

    /** The relay's own connections, on the PostgreSQL connection factory behind the service's pool. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    OutboxConnections outboxConnections(ConnectionFactory connections) {
        return OutboxCommitListener.postgresql(connections).map(OutboxConnections::new).orElse(null);
    }

    @Bean
    OutboxRelay outboxRelay(DatabaseClient db, TransactionalOperator tx, ObjectProvider<OutboxConnections> own,
            KafkaEventPublisherFactory publishers, ObjectProvider<OutboxCommitListener> commits,
            OutboxProperties outbox, MeterRegistry meters) {
        OutboxConnections connections = own.getIfAvailable();
        return connections == null
                ? new OutboxRelay(db, tx, publishers, commits.getIfAvailable(), outbox, meters)
                : new OutboxRelay(connections.db(), connections.tx(), publishers, commits.getIfAvailable(), outbox, meters);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(DatabaseClient db, TransactionalOperator tx) {
        return new IdempotentConsumer(db, tx);
    }

    @Bean
    IdempotentCommands idempotentCommands(DatabaseClient db, TransactionalOperator tx, JsonMapper json,
            MeterRegistry meters) {
        return new IdempotentCommands(db, tx, json, meters);
    }

    @Bean
    RetentionPurge retentionPurge(DatabaseClient db, TransactionalOperator tx, RetentionProperties retention,
            Clock clock, MeterRegistry meters) {
        return new RetentionPurge(db, tx, retention, clock, meters);
    }

    /**
     * Poison records to {@code <topic>.dlt} at once, unexpected failures after bounded retries, and records that fail
     * because a dependency is unavailable retried until it returns (see {@link ConsumerErrorHandler}).
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetterErrorHandler(KafkaTemplate<String, byte[]> platformKafkaTemplate,
            DeadLetterProperties properties, MeterRegistry meters) {
        return new ConsumerErrorHandler(platformKafkaTemplate, properties, meters);
    }

    @Bean
    DeadLetterReplays deadLetterReplays(DatabaseClient db, KafkaTemplate<String, byte[]> platformKafkaTemplate,
            KafkaProperties kafka) {
        return new DeadLetterReplays(db, platformKafkaTemplate, kafka::buildConsumerProperties);
    }

    @Bean
    @ConditionalOnBean(KafkaListenerEndpointRegistry.class)
    DeadLetterReplayController deadLetterReplayController(DeadLetterReplays replays,
            KafkaListenerEndpointRegistry listeners) {
        return new DeadLetterReplayController(replays, listeners);
    }

    /**
     * The database's health for {@code /actuator/health} and the readiness group, answering DOWN within
     * {@code platform.health.database-timeout} when the database does not answer (the probe must not hang
     * for the pool's acquisition time).
     */
    @Bean
    @ConditionalOnBean(ConnectionFactory.class)
    @ConditionalOnMissingBean(name = "r2dbcHealthIndicator")
    ReactiveHealthIndicator r2dbcHealthIndicator(ConnectionFactory connectionFactory,
            @Value("${platform.health.database-timeout:1s}") Duration timeout) {
        return new DatabaseHealth(connectionFactory, timeout);
    }
}

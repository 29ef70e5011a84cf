package cn.beijing.platform.bench.outbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import cn.beijing.platform.common.outbox.EventType;
import cn.beijing.platform.common.outbox.OutboxRelay;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.test.Infrastructure;
import cn.beijing.platform.test.PostgresServer;
import cn.beijing.platform.test.SharedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox relay measured on the real embedded PostgreSQL 17 and in-JVM KRaft broker of platform-test, each
 * relay in a Spring Boot context of its own wired by platform-common's auto-configuration, exactly as a service:
 *
 * <ol>
 * <li>latency: single commands (a state row and one outbox event, one transaction each) at a steady rate,
 * from the commit returning to the broker's acknowledgement of the event (the producer's send callback);</li>
 * <li>drain: a backlog written while the relay is stopped, from the relay's start to the last acknowledgement
 * (and to the last row marked sent).</li>
 * </ol>
 *
 * Both for the wake-on-commit relay (the platform's settings) and for the 200 ms polling relay it replaced (500
 * rows per round, the producer's former settings), printed side by side. Arguments {@code name=value}:
 * {@code commands} (5000), {@code rate} per second (200), {@code warmup} commands (1000), {@code backlog} rows
 * (200000), {@code warmup-backlog} rows (20000), {@code relays} ({@code polling,wake-on-commit}),
 * {@code jvm-warmup} ({@code true}: each relay runs once, unmeasured, before anything is measured),
 * {@code set.<relay>.<property>} (a setting of one relay, e.g. {@code set.wake-on-commit.spring.kafka.producer.compression-type=none};
 * a relay may run under a label, {@code relays=wake-on-commit,wake-on-commit:uncompressed}).
 */
public final class OutboxBench {

    private static final EventType SETTLED = new EventType("medical.drg-case-settled.v1", "drg-case");
    private static final String CASE_ID = "00000000-0000-0000-0000-000000000000";
    /** A DRG settlement as the medical-insurance service writes it: the payload of the 100,000-case batch. */
    private static final String PAYLOAD = """
            {"caseId":"00000000-0000-0000-0000-000000000000","revision":1,"hospitalCode":"SAMPLE-H001",\
            "batchId":"5b1e0a52-3a0c-4d1b-9a43-4b7f2f0c6d11","groupCode":"SAMPLE-D01","insurance":"EMPLOYEE",\
            "method":"DRG","dischargeMonth":"2025-03","rate":20425.00,"standard":24510.00,"actualCost":18000.00,\
            "payment":24510.00,"retainedSurplus":6510.00,"highCostFlagged":false,"specialCaseStatus":"NONE",\
            "basis":[{"document":"京医保发〔2024〕24号","article":"二(一)","parameters":"drg-base-rate@2025-01-01"},\
            {"document":"京医保发〔2024〕24号","article":"二(二)","parameters":"drg-surplus-retention@2025-01-01"}]}""";

    /** A relay configuration under test. */
    record Relay(String name, Map<String, String> properties) {
    }

    static final Relay POLLING = new Relay("polling", ordered(
            "platform.outbox.wake-on-commit", "false",
            "platform.outbox.poll-interval", "200ms",
            "platform.outbox.batch-size", "500",
            "platform.outbox.max-batch-size", "500",
            // the producer as it was: Kafka's 16 KiB batches, 5 ms linger, no compression
            "spring.kafka.producer.batch-size", "16384",
            "spring.kafka.producer.compression-type", "none",
            "spring.kafka.producer.properties.linger.ms", "5"));
    static final Relay WAKE_ON_COMMIT = new Relay("wake-on-commit", Map.of());

    record Latency(int count, long p50Micros, long p99Micros, long maxMicros, long minMicros, long failed) {
    }

    record Drain(int rows, double eventsPerSecond, double secondsToLastAck, double secondsToAllMarked) {
    }

    record Result(Relay relay, Latency latency, Drain drain, String loadBefore, String loadAfter) {
    }

    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        // the in-JVM broker and embedded PostgreSQL stop in shutdown hooks
        System.exit(0);
    }

    private static void measure(String[] args) throws IOException {
        Map<String, String> options = options(args);
        int commands = Integer.parseInt(options.getOrDefault("commands", "5000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
        int backlog = Integer.parseInt(options.getOrDefault("backlog", "200000"));
        int warmupBacklog = Integer.parseInt(options.getOrDefault("warmup-backlog", "20000"));
        List<Relay> relays = new ArrayList<>();
        for (String name : options.getOrDefault("relays", "polling,wake-on-commit").split(",")) {
            // <relay>[:<label>]: a relay under a label of its own, e.g. wake-on-commit:uncompressed
            String[] spec = name.trim().split(":", 2);
            Relay relay = switch (spec[0]) {
                case "polling" -> POLLING;
                case "wake-on-commit" -> WAKE_ON_COMMIT;
                default -> throw new IllegalArgumentException("unknown relay " + name);
            };
            String label = spec.length > 1 ? spec[1] : relay.name();
            // set.<label>.<property>=<value> changes one setting of one relay, e.g. to try another compression
            Map<String, String> changed = new LinkedHashMap<>(relay.properties());
            String prefix = "set." + label + ".";
            options.forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    changed.put(key.substring(prefix.length()), value);
                }
            });
            relays.add(new Relay(label, changed));
        }

        Infrastructure infrastructure = SharedInfrastructure.get();
        createTopic(infrastructure.kafkaBootstrapServers());
        System.out.printf("%n[bench] %s, %d cores, infrastructure %s, load %s%n", LocalDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors(), infrastructure.kind(), load());
        List<Result> results = new ArrayList<>();
        if (!options.getOrDefault("jvm-warmup", "true").equals("false")) {
            // the first relay measured in a cold JVM (class loading, JIT, the broker's first segments) came out
            // seconds slower than the same relay measured second: both run once, unmeasured, first
            for (Relay relay : relays) {
                System.out.printf("[bench] warming the JVM up with the %s relay (not measured)%n", relay.name());
                run(relay, infrastructure, 2000, rate, 0, 50_000, 0);
            }
        }
        for (Relay relay : relays) {
            results.add(run(relay, infrastructure, commands, rate, warmup, backlog, warmupBacklog));
        }
        String table = table(results, commands, rate, backlog);
        System.out.println(table);
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "outbox-bench-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
        Files.writeString(out, table);
        System.out.println("[bench] written to " + out);
    }

    private static Result run(Relay relay, Infrastructure infrastructure, int commands, int rate, int warmup,
            int backlog, int warmupBacklog) throws IOException {
        String loadBefore = load();
        System.out.printf("[bench] %s relay: starting (load %s)%n", relay.name(), loadBefore);
        PostgresServer postgres = infrastructure.postgres();
        String database = postgres.createDatabase("bench_" + relay.name().replace('-', '_') + "_" + System.nanoTime());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.application.name", "outbox-bench");
        // no HTTP caller here: the token rules (platform-jwt, on the class path through platform-common) need no
        // issuer or audience
        properties.put("platform.security.jwt.require-issuer-and-audience", "false");
        properties.putAll(postgres.springProperties(database));
        properties.put("spring.flyway.locations", "classpath:db/platform,classpath:db/bench");
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("logging.level.root", "WARN");
        // on a loaded machine commands may queue for a connection: let them wait rather than fail (the latency
        // measured starts at the commit, so waiting does not flatter it)
        properties.put("spring.r2dbc.pool.max-acquire-time", "60s");
        properties.putAll(relay.properties());
        // as command-line arguments: above platform-defaults.properties, as a service's own configuration is
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE).run(arguments)) {
            Acknowledgements acks = new Acknowledgements();
            @SuppressWarnings("unchecked")
            KafkaTemplate<String, byte[]> template = context.getBean("platformKafkaTemplate", KafkaTemplate.class);
            template.setProducerListener(acks);
            Commands writer = Commands.of(context);
            OutboxRelay outboxRelay = context.getBean(OutboxRelay.class);
            DatabaseClient db = context.getBean(DatabaseClient.class);

            awaitListening(relay, outboxRelay);
            if (warmup > 0) {
                steady(writer, acks, warmup, rate, true);
            }
            Latency latency = steady(writer, acks, commands, rate, false);
            System.out.printf("[bench] %s relay: latency p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d commands%n",
                    relay.name(), latency.p50Micros() / 1000.0, latency.p99Micros() / 1000.0,
                    latency.maxMicros() / 1000.0, latency.count());

            if (warmupBacklog > 0) {
                drain(outboxRelay, db, acks, relay, warmupBacklog);
            }
            Drain drain = drain(outboxRelay, db, acks, relay, backlog);
            System.out.printf("[bench] %s relay: drained %d rows at %.0f events/s (last ack %.2f s, all marked %.2f s)%n",
                    relay.name(), drain.rows(), drain.eventsPerSecond(), drain.secondsToLastAck(),
                    drain.secondsToAllMarked());
            return new Result(relay, latency, drain, loadBefore, load());
        }
    }

    /**
     * The topic exists before the first event, as a KafkaTopic makes it exist in a deployment: an idempotent
     * producer's first batches to a topic the broker is still creating can be refused for seconds
     * (NOT_LEADER_OR_FOLLOWER, then OUT_OF_ORDER_SEQUENCE_NUMBER), which would be measured as relay latency.
     */
    private static void createTopic(String bootstrapServers) throws IOException {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config);
             KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic(SETTLED.topic(), 3, (short) 1))).all().get(60, TimeUnit.SECONDS);
            for (int partition = 0; partition < 3; partition++) {
                producer.send(new ProducerRecord<>(SETTLED.topic(), partition, "warm-up", "{}")).get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not create " + SETTLED.topic(), e);
        }
    }

    private static void awaitListening(Relay relay, OutboxRelay outboxRelay) {
        if ("false".equals(relay.properties().get("platform.outbox.wake-on-commit"))) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!outboxRelay.listening()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the relay does not listen");
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    /**
     * {@code count} commands, one every 1/rate s (open loop: a slow command does not delay the next); more than
     * 5 % failed commands end the benchmark, except while warming up.
     */
    private static Latency steady(Commands writer, Acknowledgements acks, int count, int rate, boolean warmingUp) {
        acks.byId(true);
        Map<UUID, Long> committed = new ConcurrentHashMap<>();
        AtomicLong failed = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        long period = Duration.ofSeconds(1).toNanos() / rate;
        long start = System.nanoTime() + Duration.ofMillis(100).toNanos();
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            writer.command().subscribe(id -> committed.put(id, System.nanoTime()), error -> {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, error);
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (committed.size() + failed.get() < count || !acks.acknowledgedAll(committed.keySet())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not every command was committed and acknowledged within 120 s: "
                        + committed.size() + " committed, " + failed.get() + " failed");
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        if (!warmingUp && failed.get() > count / 20) {
            throw new IllegalStateException(failed.get() + " of " + count + " commands failed", firstFailure.get());
        }
        long[] micros = committed.entrySet().stream()
                .mapToLong(e -> (acks.at(e.getKey()) - e.getValue()) / 1000).sorted().toArray();
        return new Latency(micros.length, percentile(micros, 0.50), percentile(micros, 0.99),
                micros[micros.length - 1], micros[0], failed.get());
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Writes {@code rows} pending events while the relay is stopped, starts it, waits until all are sent. */
    private static Drain drain(OutboxRelay relay, DatabaseClient db, Acknowledgements acks, Relay config, int rows) {
        acks.byId(false);
        relay.stop();
        db.sql("""
                        insert into outbox_event (id, topic, event_type, aggregate_type, aggregate_id, payload, occurred_at)
                        select id, :topic, :topic, :aggregateType, id::text, cast(replace(:payload, :placeholder, id::text) as json), now()
                        from (select gen_random_uuid() as id from generate_series(1, :rows)) as generated
                        """)
                .bind("topic", SETTLED.topic()).bind("aggregateType", SETTLED.aggregateType())
                .bind("payload", PAYLOAD).bind("placeholder", CASE_ID).bind("rows", rows)
                .fetch().rowsUpdated().block(Duration.ofMinutes(5));
        db.sql("analyze outbox_event").fetch().rowsUpdated().block(Duration.ofMinutes(5));
        long before = acks.count();
        long started = System.nanoTime();
        relay.start();
        long deadline = started + Duration.ofMinutes(10).toNanos();
        while (acks.count() - before < rows) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(config.name() + ": backlog not drained in 10 minutes");
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        double toLastAck = (acks.last() - started) / 1e9;
        while (pending(db) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(config.name() + ": rows not marked sent in 10 minutes");
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        double toMarked = (System.nanoTime() - started) / 1e9;
        return new Drain(rows, rows / toLastAck, toLastAck, toMarked);
    }

    private static long pending(DatabaseClient db) {
        return db.sql("select count(*) as n from outbox_event where sent_at is null")
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(30));
    }

    static String table(List<Result> results, int commands, int rate, int backlog) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%-44s", "relay"));
        results.forEach(r -> out.append(String.format(Locale.ROOT, "%22s", r.relay().name())));
        out.append('\n');
        row(out, "commit -> ack p50 (ms), " + commands + " commands @ " + rate + "/s", results,
                r -> String.format(Locale.ROOT, "%.1f", r.latency().p50Micros() / 1000.0));
        row(out, "commit -> ack p99 (ms)", results, r -> String.format(Locale.ROOT, "%.1f", r.latency().p99Micros() / 1000.0));
        row(out, "commit -> ack max (ms)", results, r -> String.format(Locale.ROOT, "%.1f", r.latency().maxMicros() / 1000.0));
        row(out, "  commands measured / failed", results,
                r -> r.latency().count() + " / " + r.latency().failed());
        row(out, "drain of " + backlog + " rows (events/s)", results,
                r -> String.format(Locale.ROOT, "%.0f", r.drain().eventsPerSecond()));
        row(out, "  last acknowledgement after (s)", results,
                r -> String.format(Locale.ROOT, "%.2f", r.drain().secondsToLastAck()));
        row(out, "  all rows marked sent after (s)", results,
                r -> String.format(Locale.ROOT, "%.2f", r.drain().secondsToAllMarked()));
        row(out, "load average before / after", results, r -> r.loadBefore() + " / " + r.loadAfter());
        return out.toString();
    }

    private static void row(StringBuilder out, String label, List<Result> results,
            Function<Result, String> value) {
        out.append(String.format(Locale.ROOT, "%-44s", label));
        results.forEach(r -> out.append(String.format(Locale.ROOT, "%22s", value.apply(r))));
        out.append('\n');
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(args).filter(a -> a.contains("=")).forEach(a -> {
            int eq = a.indexOf('=');
            options.put(a.substring(0, eq).replaceFirst("^--", ""), a.substring(eq + 1));
        });
        return options;
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * One command: its state row and its event, in one transaction; emits the event id once committed.
     *
     * @param template the event's payload, copied for each command with its case id
     */
    record Commands(OutboxWriter outbox, TransactionalOperator tx, DatabaseClient db, JsonNode template) {

        /** The commands of the started bench application. */
        static Commands of(ConfigurableApplicationContext context) {
            return new Commands(context.getBean(OutboxWriter.class), context.getBean(TransactionalOperator.class),
                    context.getBean(DatabaseClient.class), context.getBean(JsonMapper.class).readTree(PAYLOAD));
        }

        Mono<UUID> command() {
            UUID caseId = UUID.randomUUID();
            JsonNode payload = template.deepCopy();
            ((tools.jackson.databind.node.ObjectNode) payload).put("caseId", caseId.toString());
            return tx.transactional(db.sql("insert into bench_command (id) values (:id)").bind("id", caseId)
                    .fetch().rowsUpdated()
                    .then(outbox.append(SETTLED, caseId.toString(), payload)));
        }
    }
}

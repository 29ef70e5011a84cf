package cn.beijing.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.beijing.platform.e2e.OtlpReceiver.ReceivedSpan;
import cn.beijing.platform.e2e.PlatformUnderTest.App;
import cn.beijing.platform.test.KafkaProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What on-call sees of the running platform (issue 16): a guardianship assistance referral and the subsidy case it
 * opens, and an energy rating and the renewal ledger that consumes it, are each one trace across the gateway, the
 * producing service, the Kafka record's {@code traceparent} and the consuming service (spans as the applications
 * export them over OTLP); a record without a traceparent is still consumed, in a new trace; every event record carries
 * a valid traceparent; the JSON log lines of a request carry its trace and request id; no log holds the personal
 * values of a minor or a patient; every application exports the metrics the alerts and the dashboard use.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityThroughGatewayIT {

    private static final String ASSESSMENTS = "/api/guardianship/assessments";
    private static final String OFFICER = PlatformUnderTest.bearer("e2e-obs-officer", "e2e-obs-education", "SUBSIDY_OFFICER");
    private static final Pattern TRACEPARENT = Pattern.compile("00-(?!0{32})([0-9a-f]{32})-(?!0{16})([0-9a-f]{16})-0[01]");
    /** The minor's date of birth in this test's assessment: personal data that no log may hold. */
    private static final String BIRTH_DATE = "2016-07-23";
    private static final String MARKER = UUID.randomUUID().toString().substring(0, 8);
    private static final String EVIDENCE = "obs-evidence-" + MARKER + " 监护人长期外出";
    private static final String HOSPITAL_CASE_ID = "OBS-CASE-" + MARKER;
    /** The CloudEvents source of the record this test sends itself, without a traceparent. */
    private static final String UNTRACED_SOURCE = "/e2e-tests/untraced";

    private final PlatformUnderTest platform = PlatformUnderTest.get();
    private final WebTestClient gateway = platform.gateway();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    @Order(1)
    void aGuardianshipReferralAndTheSubsidyCaseItOpensAreOneTrace() {
        String assessment = assessmentReadyForReferral();
        String requestId = "obs-referral-" + MARKER;
        String household;
        ConsumerRecord<String, byte[]> referral;
        try (KafkaProbe probe = new KafkaProbe(platform.kafkaBootstrapServers(), "guardianship.assistance-referral.v1")) {
            JsonNode referred = expect(200, gateway.post().uri(ASSESSMENTS + "/" + assessment + "/assistance-referrals")
                    .header("Authorization", GuardianshipThroughGatewayIT.ASSESSOR).header("X-Request-Id", requestId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(GuardianshipThroughGatewayIT.assistance("2025-05-09", true)).exchange());
            household = referred.path("householdReference").asString();
            referral = probe.await(r -> assessment.equals(r.key()), 1, Duration.ofSeconds(60)).get(0);
        }
        Matcher header = traceparent(referral);
        String traceId = header.group(1);
        String publishSpan = header.group(2);
        assertThat(KafkaProbe.header(referral, "x-request-id")).isEqualTo(requestId);

        // the subsidy case is opened ...
        awaitCases(household, 1);
        // ... and the gateway, guardianship-service (its request, its SQL, its publication) and subsidy-service (the
        // consumption and its SQL) are one trace
        List<ReceivedSpan> trace = awaitTrace(traceId, spans -> spans.stream().anyMatch(s -> s.service().equals("subsidy-service")
                && s.kind().equals("SPAN_KIND_CONSUMER")) && spans.stream().anyMatch(s -> s.service().equals("gateway")));
        assertThat(OtlpReceiver.services(trace)).contains("gateway", "guardianship-service", "subsidy-service");
        ReceivedSpan gatewaySpan = only(trace, s -> s.service().equals("gateway") && s.kind().equals("SPAN_KIND_SERVER"));
        ReceivedSpan serviceSpan = only(trace, s -> s.service().equals("guardianship-service") && s.kind().equals("SPAN_KIND_SERVER"));
        assertThat(serviceSpan.parentSpanId()).as("the service continues the gateway's call")
                .isIn(spanIds(trace, s -> s.service().equals("gateway")));
        assertThat(gatewaySpan.parentSpanId()).as("the gateway starts the trace").isEmpty();
        ReceivedSpan publish = only(trace, s -> s.spanId().equals(publishSpan));
        assertThat(publish.service()).isEqualTo("guardianship-service");
        assertThat(publish.kind()).isEqualTo("SPAN_KIND_PRODUCER");
        assertThat(publish.name()).isEqualTo("guardianship.assistance-referral.v1 publish");
        ReceivedSpan consume = only(trace, s -> s.service().equals("subsidy-service") && s.kind().equals("SPAN_KIND_CONSUMER"));
        assertThat(consume.parentSpanId()).as("the consumer is a child of the publication").isEqualTo(publishSpan);
        assertThat(trace).as("the service's SQL").anyMatch(s -> s.service().equals("guardianship-service")
                && s.kind().equals("SPAN_KIND_CLIENT") && s.name().contains("query"));
        assertThat(trace).as("the consumer's effects").anyMatch(s -> s.service().equals("subsidy-service")
                && s.parentSpanId().equals(consume.spanId()));

        // the request's log lines carry its trace and request id: the gateway's access line, the service's command line
        JsonNode access = only(logLines("gateway", requestId), l -> "access".equals(l.path("log").path("logger").asString()));
        assertThat(access.path("traceId").asString()).isEqualTo(traceId);
        assertThat(access.path("route").asString()).isEqualTo("guardianship-service");
        JsonNode command = only(logLines("guardianship-service", requestId),
                l -> l.path("message").asString().startsWith("POST /api/guardianship/assessments/{id}/assistance-referrals answered 200"));
        assertThat(command.path("traceId").asString()).isEqualTo(traceId);
        assertThat(command.path("spanId").asString()).matches("[0-9a-f]{16}");
        assertThat(command.path("aggregateId").asString()).isEqualTo(assessment);
        assertThat(command.path("service").path("name").asString()).isEqualTo("guardianship-service");

        // the same referral again without a traceparent (a new referral id and event id): consumed all the same, in
        // a new trace of its own
        ObjectNode body = (ObjectNode) json.readTree(referral.value());
        body.put("referralId", UUID.randomUUID().toString());
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> untraced = new ProducerRecord<>(referral.topic(), referral.key(),
                json.writeValueAsBytes(body));
        for (Header h : referral.headers()) {
            if (h.key().startsWith("ce_") || h.key().equals("content-type")) {
                byte[] value = switch (h.key()) {
                    case "ce_id" -> eventId.getBytes(StandardCharsets.UTF_8);
                    case "ce_source" -> UNTRACED_SOURCE.getBytes(StandardCharsets.UTF_8);
                    default -> h.value();
                };
                untraced.headers().add(h.key(), value);
            }
        }
        RecordMetadata sent = send(untraced);
        awaitCases(household, 2);
        ReceivedSpan newTrace = awaitSpan(s -> s.service().equals("subsidy-service") && s.kind().equals("SPAN_KIND_CONSUMER")
                && attribute(s, "offset").equals(String.valueOf(sent.offset()))
                && attribute(s, "partition").equals(String.valueOf(sent.partition())));
        assertThat(newTrace.traceId()).isNotEqualTo(traceId);
        assertThat(newTrace.parentSpanId()).as("a new trace starts").isEmpty();
    }

    @Test
    @Order(2)
    void aGatewayCommandAndTheConsumerOfItsEventAreOneTrace() {
        String owner = PlatformUnderTest.bearer("obs-owner-" + MARKER, "OBS_OWNER_CO", "ENERGY_OWNER");
        String authority = PlatformUnderTest.bearer("obs-authority", "MUNICIPAL", "ENERGY_AUTHORITY");
        String building = expect(201, gateway.post().uri("/api/energy/buildings").header("Authorization", owner)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.ofEntries(Map.entry("name", "Trace tower " + MARKER),
                        Map.entry("district", "e2e-obs-" + MARKER), Map.entry("buildingType", "OFFICE"),
                        Map.entry("totalArea", 25000), Map.entry("publicArea", 22000), Map.entry("stateSecret", false),
                        Map.entry("stateOrganOffice", false), Map.entry("yearBuilt", 2010),
                        Map.entry("owner", "Owner " + MARKER))).exchange()).path("id").asString();
        gateway.put().uri("/api/energy/intensity-limits/2024").header("Authorization", authority)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(List.of(Map.of("buildingType", "OFFICE", "guideValue", 20, "constraintValue", 30),
                        Map.of("buildingType", "HOTEL", "guideValue", 30, "constraintValue", 45)))
                .exchange().expectStatus().isOk();
        gateway.put().uri("/api/energy/buildings/" + building + "/consumption/2024").header("Authorization", owner)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("consumption", List.of(Map.of("carrier", "ELECTRICITY", "quantity", 3000000))))
                .exchange().expectStatus().isOk();

        String requestId = "obs-rating-" + MARKER;
        ConsumerRecord<String, byte[]> rated;
        try (KafkaProbe probe = new KafkaProbe(platform.kafkaBootstrapServers(), "energy.building-rated.v1")) {
            gateway.post().uri("/api/energy/buildings/" + building + "/ratings/2024").header("Authorization", owner)
                    .header("X-Request-Id", requestId).exchange().expectStatus().isCreated();
            rated = probe.await(r -> building.equals(r.key()), 1, Duration.ofSeconds(60)).get(0);
        }
        Matcher header = traceparent(rated);
        String traceId = header.group(1);
        List<ReceivedSpan> trace = awaitTrace(traceId, spans -> spans.stream()
                .anyMatch(s -> s.kind().equals("SPAN_KIND_CONSUMER")) && spans.stream().anyMatch(s -> s.service().equals("gateway")));
        ReceivedSpan consume = only(trace, s -> s.service().equals("energy-service") && s.kind().equals("SPAN_KIND_CONSUMER"));
        assertThat(consume.parentSpanId()).isEqualTo(header.group(2));
        assertThat(only(trace, s -> s.spanId().equals(header.group(2))).kind()).isEqualTo("SPAN_KIND_PRODUCER");
        assertThat(trace).anyMatch(s -> s.service().equals("gateway") && s.kind().equals("SPAN_KIND_SERVER"));
        assertThat(trace).anyMatch(s -> s.service().equals("energy-service") && s.kind().equals("SPAN_KIND_SERVER"));
        assertThat(logLines("gateway", requestId)).isNotEmpty()
                .allSatisfy(l -> assertThat(l.path("traceId").asString()).isEqualTo(traceId));
        assertThat(logLines("energy-service", requestId)).isNotEmpty()
                .allSatisfy(l -> assertThat(l.path("traceId").asString()).isEqualTo(traceId))
                .anySatisfy(l -> assertThat(l.path("aggregateId").asString()).isEqualTo(building));
    }

    @Test
    @Order(3)
    void everyRecordOfEveryEventTopicCarriesAValidTraceparent() throws Exception {
        Set<String> topics = new TreeSet<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            admin.listTopics().names().get().stream().filter(t -> t.matches("[a-z]+\\.[a-z-]+\\.v\\d+")).forEach(topics::add);
        }
        assertThat(topics).contains("guardianship.assistance-referral.v1", "energy.building-rated.v1");
        List<ConsumerRecord<String, byte[]>> records;
        try (KafkaProbe probe = new KafkaProbe(platform.kafkaBootstrapServers(), topics.toArray(String[]::new))) {
            records = probe.drain(Duration.ofSeconds(5));
        }
        Set<String> seen = new TreeSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String source = KafkaProbe.header(record, "ce_source");
            if (source == null || !source.startsWith("/municipal-platform/")) {
                continue; // written by a test, not by a service's outbox (e.g. the untraced referral above)
            }
            seen.add(record.topic());
            assertThat(record.headers().headers("traceparent")).as("%s@%d", record.topic(), record.offset()).hasSize(1);
            traceparent(record);
        }
        assertThat(seen).contains("guardianship.assistance-referral.v1", "energy.building-rated.v1");
    }

    @Test
    @Order(4)
    void noLogHoldsTheMinorsOrThePatientsData() throws IOException {
        // a DRG case of a patient (the hospital's case id stands for the patient here)
        gateway.put().uri("/api/medical-insurance/drg-group-table").header("Authorization", MedicalInsuranceThroughGatewayIT.BUREAU)
                .contentType(MedicalInsuranceThroughGatewayIT.CSV).bodyValue(MedicalInsuranceThroughGatewayIT.GROUPS_CSV)
                .exchange().expectStatus().isOk();
        gateway.put().uri("/api/medical-insurance/drg-hospitals").header("Authorization", MedicalInsuranceThroughGatewayIT.BUREAU)
                .contentType(MedicalInsuranceThroughGatewayIT.CSV).bodyValue(MedicalInsuranceThroughGatewayIT.HOSPITALS_CSV)
                .exchange().expectStatus().isOk();
        String caseId;
        try (KafkaProbe probe = new KafkaProbe(platform.kafkaBootstrapServers(), "medical.drg-case-settled.v1")) {
            caseId = expect(201, gateway.post().uri("/api/medical-insurance/drg-cases")
                    .header("Authorization", MedicalInsuranceThroughGatewayIT.HOSPITAL).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("hospitalCaseId", HOSPITAL_CASE_ID, "hospitalCode", "SAMPLE-H001", "groupCode", "SAMPLE-D02",
                            "insurance", "EMPLOYEE", "actualCost", "40000", "dischargeDate", "2025-03-01")).exchange())
                    .path("id").asString();
            assertThat(probe.await(r -> caseId.equals(r.key()), 1, Duration.ofSeconds(60))).hasSize(1);
        }
        // and the minor's assessment of the first test, if it ran alone
        if (!logContains("guardianship-service", "/assistance-referrals answered 200")) {
            assessmentReadyForReferral();
        }

        List<String> personal = List.of(BIRTH_DATE, EVIDENCE, MARKER + " 监护人", "GRANDPARENT", "E2E-CONSENT-1",
                "REC-E2E-1", "临时监护 and family education guidance", HOSPITAL_CASE_ID);
        for (String module : List.of("gateway", "guardianship-service", "medical-insurance-service", "subsidy-service",
                "energy-service")) {
            String log = Files.readString(PlatformUnderTest.log(module));
            assertThat(log).as("%s log", module).isNotBlank();
            for (String value : personal) {
                assertThat(log).as("%s log holds %s", module, value).doesNotContain(value);
            }
        }
        // the commands were logged, by their ids
        assertThat(logContains("medical-insurance-service", caseId)).isTrue();
    }

    @Test
    @Order(5)
    void everyApplicationExportsTheMetricsTheMonitoringUses() throws Exception {
        Map<String, String> scrapes = new HashMap<>();
        scrapes.put("gateway", scrape(platform.gatewayManagementUrl()));
        for (App app : App.values()) {
            scrapes.put(app.module, scrape(platform.managementUrl(app)));
        }
        Path catalogue = Path.of(System.getProperty("platform.e2e.root", "..")).resolve("docs/metrics.md");
        Matcher row = Pattern.compile("^\\|\\s*`([a-z_:][a-z0-9_:]*)`\\s*\\|\\s*([a-z]+)\\s*\\|\\s*([^|]+?)\\s*\\|",
                Pattern.MULTILINE).matcher(Files.readString(catalogue));
        int checked = 0;
        while (row.find()) {
            String metric = row.group(1);
            List<String> exporters = new ArrayList<>();
            for (String exporter : row.group(3).split(",\\s*")) {
                switch (exporter) {
                    case "gateway" -> exporters.add("gateway");
                    case "services" -> List.of(App.values()).forEach(a -> exporters.add(a.module));
                    default -> {
                        if (scrapes.containsKey(exporter)) {
                            exporters.add(exporter);
                        }
                    }
                }
            }
            for (String exporter : exporters) {
                assertThat(scrapes.get(exporter)).as("%s on %s's /actuator/prometheus", metric, exporter)
                        .containsPattern("(?m)^" + metric + "(_bucket|_count)?[{ ]");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    /** Opens an assessment of a minor and takes it through notice, team, visit, findings and report. */
    private String assessmentReadyForReferral() {
        String supervisor = GuardianshipThroughGatewayIT.SUPERVISOR;
        String assessor = GuardianshipThroughGatewayIT.ASSESSOR;
        String id = expect(201, post(ASSESSMENTS, supervisor, GuardianshipThroughGatewayIT.open(BIRTH_DATE))).path("id").asString();
        String path = ASSESSMENTS + "/" + id;
        expect(200, post(path + "/team-assignments", supervisor, Map.of("date", "2025-05-02", "mode", "SELF_ORGANISED",
                "members", List.of(
                        Map.of("subject", "e2e-assessor-1", "role", "AGENCY_STAFF", "conflictOfInterest", false),
                        Map.of("subject", "e2e-assessor-2", "role", "PSYCHOLOGY_PROFESSIONAL", "conflictOfInterest", false)))));
        expect(200, post(path + "/written-notice", supervisor, Map.of("date", "2025-05-03")));
        expect(200, post(path + "/visits", assessor, GuardianshipThroughGatewayIT.visit("2025-05-05")));
        expect(200, post(path + "/findings", assessor, GuardianshipThroughGatewayIT.findings("2025-05-06", EVIDENCE)));
        expect(200, post(path + "/report", assessor, GuardianshipThroughGatewayIT.report("2025-05-07")));
        return id;
    }

    private void awaitCases(String household, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int found = 0;
        while (System.nanoTime() < deadline) {
            found = 0;
            for (JsonNode c : expect(200, gateway.get().uri("/api/subsidies/assistance-cases").header("Authorization", OFFICER).exchange())) {
                found += household.equals(c.path("householdReference").asString()) ? 1 : 0;
            }
            if (found >= count) {
                return;
            }
            sleep(300);
        }
        assertThat(found).as("assistance cases of %s", household).isEqualTo(count);
    }

    private List<ReceivedSpan> awaitTrace(String traceId, Predicate<List<ReceivedSpan>> complete) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<ReceivedSpan> trace = platform.traces().trace(traceId);
            if (complete.test(trace)) {
                sleep(1000); // the spans that end last (the gateway's, the consumer's effects) in the next export
                return platform.traces().trace(traceId);
            }
            sleep(300);
        }
        throw new AssertionError("trace " + traceId + " incomplete: " + platform.traces().trace(traceId));
    }

    private ReceivedSpan awaitSpan(Predicate<ReceivedSpan> match) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<ReceivedSpan> found = platform.traces().spans().stream().filter(match).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            sleep(300);
        }
        throw new AssertionError("no such span among " + platform.traces().spans().size());
    }

    private static Matcher traceparent(ConsumerRecord<String, byte[]> record) {
        String value = KafkaProbe.header(record, "traceparent");
        assertThat(value).as("traceparent of %s@%d", record.topic(), record.offset()).isNotNull();
        Matcher matcher = TRACEPARENT.matcher(value);
        assertThat(matcher.matches()).as("valid W3C traceparent: %s", value).isTrue();
        return matcher;
    }

    private static Set<String> spanIds(List<ReceivedSpan> spans, Predicate<ReceivedSpan> filter) {
        Set<String> ids = new TreeSet<>();
        spans.stream().filter(filter).forEach(s -> ids.add(s.spanId()));
        return ids;
    }

    private static <T> T only(List<T> items, Predicate<T> match) {
        List<T> found = items.stream().filter(match).toList();
        assertThat(found).as("exactly one match in %s", items).hasSize(1);
        return found.get(0);
    }

    /** The JSON log lines of an application that carry a request id. */
    private List<JsonNode> logLines(String module, String requestId) {
        try {
            return Files.readAllLines(PlatformUnderTest.log(module)).stream().filter(l -> l.startsWith("{"))
                    .map(json::readTree).filter(l -> requestId.equals(l.path("requestId").asString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean logContains(String module, String text) throws IOException {
        return Files.readString(PlatformUnderTest.log(module)).contains(text);
    }

    /** The value of the span's attribute whose name contains {@code part} (spring-kafka's partition and offset). */
    private static String attribute(ReceivedSpan span, String part) {
        return span.attributes().entrySet().stream().filter(a -> a.getKey().contains(part)).map(Map.Entry::getValue)
                .findFirst().orElse("");
    }

    private RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String scrape(String base) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(base).isEqualTo(200);
        return response.body();
    }

    private WebTestClient.ResponseSpec post(String uri, String token, Object body) {
        return gateway.post().uri(uri).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private JsonNode expect(int status, WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package cn.beijing.platform.energy;

import static cn.beijing.platform.energy.EnergyRequests.AUTHORITY;
import static cn.beijing.platform.energy.EnergyRequests.DISTRICT;
import static cn.beijing.platform.energy.EnergyRequests.OWNER;
import static cn.beijing.platform.energy.EnergyRequests.consumption;
import static cn.beijing.platform.energy.EnergyRequests.excluded;
import static cn.beijing.platform.energy.EnergyRequests.json;
import static cn.beijing.platform.energy.EnergyRequests.largeOffice;
import static cn.beijing.platform.energy.EnergyRequests.limit;
import static cn.beijing.platform.energy.EnergyRequests.reading;
import static cn.beijing.platform.energy.EnergyRequests.texts;
import static cn.beijing.platform.energy.EnergyRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.common.outbox.CloudEventHeaders;
import cn.beijing.platform.test.EventSchemas;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The stateful path of the issue, against the real database and broker: register → import limits → report two
 * years with excluded loads → rate both years → the second consecutive grade 5 raises the retrofit obligation, and
 * the renewal ledger — fed only by {@code energy.building-rated.v1} through its idempotent consumer — shows the
 * building as a class-2 old building (E > 0.8·C in 2024 and 2025).
 */
class RatingToRenewalFlowIT extends EnergyServiceTests {

    private static final String RATED = "energy.building-rated.v1";
    private static final String RAISED = "energy.obligation-raised.v1";
    private static final String IDENTIFIED = "energy.old-building-identified.v1";

    @Test
    void secondConsecutiveGradeFiveRaisesRetrofitAndTheLedgerIdentifiesAClassTwoOldBuildingFromTheEvents() {
        String owner = "Flow Tower Owner " + UUID.randomUUID();
        String id = api.register(OWNER, with(largeOffice("Flow Tower", "海淀区"), "owner", owner));

        for (int year : new int[] {2024, 2025}) {
            JsonNode table = json(api.put(AUTHORITY, "/api/energy/intensity-limits/" + year,
                            List.of(limit("OFFICE", 20, 30), limit("HOTEL", 30, 45), limit("SCHOOL", 10, 15)))
                    .expectStatus().isOk());
            assertThat(table.path("sample").asBoolean()).isFalse();
            assertThat(table.path("rows")).hasSize(3);
        }

        // 2024: 12 000 000 kWh less 1 000 000 kWh of data centre, 10 000 m³ gas → (11 000 000 × 0.1229 + 10 000 ×
        // 1.2143) / 24 000 m² = 1 364 043 / 24 000 = 56.835… → 56.84 kgce/m²
        JsonNode reported2024 = json(api.put(OWNER, "/api/energy/buildings/" + id + "/consumption/2024", consumption(
                        List.of(reading("ELECTRICITY", 12000000), reading("NATURAL_GAS", 10000), reading("WATER", 40000)),
                        List.of(excluded("DATA_CENTER", "ELECTRICITY", 1000000))))
                .expectStatus().isOk());
        assertThat(reported2024.path("intensity").decimalValue()).isEqualByComparingTo("56.84");
        // 2025: 12 500 000 kWh less data centre 1 000 000 and EV charging 500 000, heat 1 000 GJ →
        // (11 000 000 × 0.1229 + 1 000 × 34.12) / 24 000 = 1 386 020 / 24 000 = 57.750… → 57.75 kgce/m²
        json(api.put(OWNER, "/api/energy/buildings/" + id + "/consumption/2025", consumption(
                        List.of(reading("ELECTRICITY", 12500000), reading("HEAT", 1000), reading("WATER", 41000)),
                        List.of(excluded("DATA_CENTER", "ELECTRICITY", 1000000),
                                excluded("EV_CHARGING", "ELECTRICITY", 500000))))
                .expectStatus().isOk());

        JsonNode first = json(api.post(OWNER, "/api/energy/buildings/" + id + "/ratings/2024", null)
                .expectStatus().isCreated());
        assertThat(first.path("intensity").decimalValue()).isEqualByComparingTo("56.84");
        assertThat(first.path("guideValue").decimalValue()).isEqualByComparingTo("20");
        assertThat(first.path("constraintValue").decimalValue()).isEqualByComparingTo("30");
        assertThat(first.path("grade").asInt()).isEqualTo(5);                 // 56.84 > 1.8 × 30 = 54
        assertThat(first.path("ratioToConstraint").decimalValue()).isEqualByComparingTo("1.8947");
        assertThat(first.path("ratingDeadline").asString()).isEqualTo("2025-06-30");
        assertThat(first.path("ratedOnTime").asBoolean()).isFalse();
        assertThat(texts(first.path("obligations"), null)).containsExactly("DEEP_AUDIT", "EQUIPMENT_DIAGNOSIS");
        assertThat(texts(first.path("raisedObligations"), "code")).containsExactly("DEEP_AUDIT", "EQUIPMENT_DIAGNOSIS");
        assertThat(first.path("consecutiveGradeFive").asBoolean()).isFalse();
        assertThat(first.path("labelEligible").asBoolean()).isTrue();
        assertThat(first.path("demonstrationEligible").asBoolean()).isFalse();
        assertThat(first.path("greenBuildingLabelEligible").asBoolean()).isFalse();
        assertThat(texts(first.path("basis"), "article")).contains("第四条", "第五条", "第八条", "第九条");

        JsonNode second = json(api.post(OWNER, "/api/energy/buildings/" + id + "/ratings/2025", null)
                .expectStatus().isCreated());
        assertThat(second.path("intensity").decimalValue()).isEqualByComparingTo("57.75");
        assertThat(second.path("grade").asInt()).isEqualTo(5);
        assertThat(second.path("consecutiveGradeFive").asBoolean()).isTrue();
        assertThat(texts(second.path("obligations"), null)).containsExactly("DEEP_AUDIT", "EQUIPMENT_DIAGNOSIS",
                "RETROFIT_REQUIRED", "GREEN_DEVELOPMENT_REGULATION_ARTICLE_59");
        assertThat(texts(second.path("raisedObligations"), "code")).containsExactly("DEEP_AUDIT",
                "EQUIPMENT_DIAGNOSIS", "RETROFIT_REQUIRED", "GREEN_DEVELOPMENT_REGULATION_ARTICLE_59");
        assertThat(texts(second.path("basis"), "article")).contains("第十三条", "第五十九条");

        JsonNode building = json(api.get(DISTRICT, "/api/energy/buildings/" + id).expectStatus().isOk());
        assertThat(texts(building.path("grades"), "year")).containsExactly("2024", "2025");
        assertThat(texts(building.path("grades"), "grade")).containsExactly("5", "5");
        assertThat(building.path("openObligations").findValuesAsString("code")).contains("RETROFIT_REQUIRED");
        JsonNode retrofit = building.path("openObligations").valueStream()
                .filter(o -> o.path("code").asString().equals("RETROFIT_REQUIRED")).findFirst().orElseThrow();
        assertThat(retrofit.path("year").asInt()).isEqualTo(2025);
        assertThat(texts(retrofit.path("basis"), "article")).containsExactly("第九条");

        // the ledger learns of the ratings only through energy.building-rated.v1
        // classTwo is computed from the copied intensities, the identification is a row of its own: the status
        // reads both on separate connections, so wait until the identification is visible too
        JsonNode renewal = awaitRenewal(id, status -> status.path("classTwo").asBoolean()
                && !status.path("identifications").isEmpty());
        assertThat(texts(renewal.path("reasons"), null)).containsExactly("CLASS_TWO_CONSUMPTION_ABOVE_CONSTRAINT_SHARE");
        assertThat(texts(renewal.path("obligations"), null)).contains("ENERGY_RETROFIT_REQUIRED");
        assertThat(renewal.path("classOne").asBoolean()).isFalse();
        assertThat(renewal.path("assessmentYear").asInt()).isEqualTo(2025);
        assertThat(texts(renewal.path("identifications"), "assessmentYear")).containsExactly("2025");
        assertThat(texts(renewal.path("basis"), "document")).contains("京建法〔2024〕14号");

        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), RATED, RAISED,
                IDENTIFIED)) {
            List<ConsumerRecord<String, byte[]>> rated = probe.await(r -> r.topic().equals(RATED)
                    && id.equals(r.key()), 2, Duration.ofSeconds(30));
            assertThat(rated).hasSize(2);
            List<ConsumerRecord<String, byte[]>> raised = probe.await(r -> r.topic().equals(RAISED)
                    && id.equals(r.key()), 6, Duration.ofSeconds(30));
            assertThat(raised).hasSize(6);
            List<ConsumerRecord<String, byte[]>> identified = probe.await(r -> r.topic().equals(IDENTIFIED)
                    && id.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(identified).hasSize(1);

            for (ConsumerRecord<String, byte[]> record : List.of(rated.get(0), rated.get(1), raised.get(0),
                    identified.get(0))) {
                assertThat(EventSchemas.violations(record.topic(), record.value())).as(record.topic()).isEmpty();
                assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(record.topic());
                String body = new String(record.value(), StandardCharsets.UTF_8);
                assertThat(body).doesNotContain(owner).doesNotContain("Tower Property Management");
                assertThat(body).doesNotContain("12000000").doesNotContain("12500000");  // no raw figures
            }
            assertThat(raised.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .filter(b -> b.contains("\"code\":\"RETROFIT_REQUIRED\"")).toList()).hasSize(1);

            // what the ledger kept came from those very events, through its inbox
            for (ConsumerRecord<String, byte[]> record : rated) {
                String eventId = KafkaProbe.header(record, CloudEventHeaders.ID);
                assertThat(api.count("select count(*) from inbox_event where consumer = 'energy-renewal-ledger'"
                        + " and event_id = '" + eventId + "'")).isEqualTo(1);
                assertThat(api.count("select count(*) from renewal_intensity where event_id = '" + eventId + "'"
                        + " and building_id = '" + id + "'")).isEqualTo(1);
            }

            // a redelivered rating event changes nothing (idempotent consumer)
            long inbox = api.count("select count(*) from inbox_event");
            publish(rated.get(1));
            String marker = UUID.randomUUID().toString();
            // same key, same partition: once the marker is processed, the redelivered copy has been consumed
            publishSynthetic(id, marker, UUID.randomUUID().toString(), 2024, "10", "30");
            awaitCount("select count(*) from renewal_intensity where building_id = '" + marker + "'", 1);
            assertThat(api.count("select count(*) from inbox_event")).isEqualTo(inbox + 1);
            assertThat(api.count("select count(*) from old_building_identification where building_id = '" + id + "'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void theLedgerActsOnRatingEventsAloneAndOnlyOnTwoYearsAboveEightyPercentOfTheConstraint() {
        // a registered building that was never rated through the API: the ledger hears of it from the broker only
        String id = api.register(DISTRICT, with(largeOffice("Event-only Tower", "朝阳区"), "reportingParty", "owner-9"));
        publishSynthetic(id, UUID.randomUUID().toString(), 2024, "24.01", "30");   // 24.01 > 0.8 × 30 = 24
        publishSynthetic(id, UUID.randomUUID().toString(), 2025, "24.00", "30");   // 24.00 is not above 24
        awaitCount("select count(*) from renewal_intensity where building_id = '" + id + "'", 2);
        JsonNode status = json(api.get(DISTRICT, "/api/energy/buildings/" + id + "/renewal").expectStatus().isOk());
        assertThat(status.path("classTwo").asBoolean()).isFalse();
        assertThat(status.path("identifications")).isEmpty();

        // a re-rating of 2025 above the share: the pair (2024, 2025) now qualifies
        publishSynthetic(id, UUID.randomUUID().toString(), 2025, "24.02", "30");
        JsonNode renewal = awaitRenewal(id, s -> s.path("classTwo").asBoolean());
        assertThat(texts(renewal.path("reasons"), null)).containsExactly("CLASS_TWO_CONSUMPTION_ABOVE_CONSTRAINT_SHARE");
        assertThat(api.count("select count(*) from outbox_event where topic = '" + IDENTIFIED + "' and aggregate_id = '"
                + id + "'")).isEqualTo(1);
    }

    private JsonNode awaitRenewal(String id, java.util.function.Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode renewal;
        do {
            renewal = json(api.get(DISTRICT, "/api/energy/buildings/" + id).expectStatus().isOk()).path("renewal");
            if (done.test(renewal)) {
                return renewal;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("renewal status never reached the expected state: " + renewal);
    }

    private void awaitCount(String sql, long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (api.count(sql) < expected && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(api.count(sql)).isEqualTo(expected);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void publish(ConsumerRecord<String, byte[]> original) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(original.topic(), original.key(), original.value());
        original.headers().forEach(h -> copy.headers().add(h));
        send(copy);
    }

    /** A building-rated event as another producer (or a replay tool) would send it. */
    private static void publishSynthetic(String buildingId, String eventId, int year, String intensity,
                                         String constraint) {
        publishSynthetic(buildingId, buildingId, eventId, year, intensity, constraint);
    }

    private static void publishSynthetic(String key, String buildingId, String eventId, int year, String intensity,
                                         String constraint) {
        String body = "{\"buildingId\":\"" + buildingId + "\",\"year\":" + year + ",\"intensity\":" + intensity
                + ",\"constraintValue\":" + constraint + ",\"grade\":2,\"someFutureField\":true}";
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(RATED, key, body.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, RATED.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    private static void send(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

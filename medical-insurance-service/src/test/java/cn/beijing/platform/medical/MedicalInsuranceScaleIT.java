package cn.beijing.platform.medical;

import static cn.beijing.platform.medical.MedicalTestSupport.BUREAU;
import static cn.beijing.platform.medical.MedicalTestSupport.CSV;
import static cn.beijing.platform.medical.MedicalTestSupport.H001;
import static cn.beijing.platform.medical.MedicalTestSupport.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.SharedInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * Volume through the API, once each: a batch of 100 000 cases settled in one request (results and one outbox event per
 * case persisted, then published by the relay), and group weights computed from 1 000 000 generated cases uploaded as
 * CSV. Times are printed (see target/surefire-reports/*MedicalInsuranceScaleIT-output.txt) and bounded loosely so a
 * regression to one round trip per case fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class MedicalInsuranceScaleIT {

    private static final int BATCH = 100_000;
    private static final int HISTORICAL = 1_000_000;
    private static final int GROUPS = 682;

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;

    private WebTestClient web() {
        return client.mutate().responseTimeout(Duration.ofMinutes(10))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
    }

    @Test
    void aBatchOfOneHundredThousandCasesThroughTheApiPersistsResultsAndEvents() {
        WebTestClient web = web();
        MedicalTestSupport.importReferenceData(web);
        String[] groups = {"SAMPLE-D01", "SAMPLE-D02", "SAMPLE-P01", "SAMPLE-K01"};
        Random random = new Random(20250101L);
        StringBuilder body = new StringBuilder(BATCH * 170).append("{\"cases\":[");
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < BATCH; i++) {
            if (i > 0) {
                body.append(',');
            }
            String group = groups[random.nextInt(groups.length)];
            String insurance = random.nextInt(4) == 0 ? "RESIDENT" : "EMPLOYEE";
            long fen = 500_000 + (long) (random.nextDouble() * 8_000_000);   // 5 000.00 .. 85 000.00 yuan
            body.append("{\"hospitalCaseId\":\"S-").append(i).append("\",\"hospitalCode\":\"SAMPLE-H001\",")
                    .append("\"groupCode\":\"").append(group).append("\",\"insurance\":\"").append(insurance)
                    .append("\",\"actualCost\":").append(BigDecimal.valueOf(fen, 2).toPlainString())
                    .append(",\"dischargeDate\":\"").append(first.plusDays(random.nextInt(365))).append("\"}");
        }
        body.append("]}");
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        String response = web.post().uri("/api/medical-insurance/drg-case-batches").header("Authorization", H001)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bytes).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        long settleMillis = (System.nanoTime() - started) / 1_000_000;
        JsonNode result = JSON.readTree(response);
        String batchId = result.get("batchId").asString();

        assertThat(result.get("cases").asInt()).isEqualTo(BATCH);
        assertThat(count("select count(*) from drg_case where batch_id = '" + batchId + "'")).isEqualTo(BATCH);
        assertThat(count("select count(*) from outbox_event where topic = 'medical.drg-case-settled.v1'"))
                .isEqualTo(BATCH);
        BigDecimal stored = db.sql("select sum(payment) as s from drg_case where batch_id = '" + batchId + "'")
                .map(row -> row.get("s", BigDecimal.class)).one().block(Duration.ofSeconds(30));
        assertThat(stored).isEqualByComparingTo(result.get("totalPayment").decimalValue());
        long drgDischarges = result.get("casesByMethod").get("DRG").asLong()
                + result.get("casesByMethod").get("DRG_KEPT_PREVIOUS_STANDARD").asLong();
        assertThat(count("select drg_discharge_cases from drg_special_case_quota where year = 2025"))
                .isEqualTo(drgDischarges);

        // the relay publishes every event; one of them is read back from the broker
        long relayStarted = System.nanoTime();
        long deadline = relayStarted + Duration.ofMinutes(10).toNanos();
        long pending;
        while ((pending = count("select count(*) from outbox_event where sent_at is null")) > 0
                && System.nanoTime() < deadline) {
            sleep(500);
        }
        long relayMillis = (System.nanoTime() - relayStarted) / 1_000_000;
        assertThat(pending).as("outbox rows left unpublished").isZero();
        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(),
                "medical.drg-case-settled.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> new String(r.value(),
                    StandardCharsets.UTF_8).contains(batchId), 1, Duration.ofSeconds(60));
            assertThat(records).isNotEmpty();
        }

        System.out.printf("SCALE batch settlement: %,d cases (%,d bytes of JSON) settled and persisted with %,d outbox "
                        + "events in %,d ms through POST /drg-case-batches; relay published them all to Kafka %,d ms "
                        + "after the response%n", BATCH, bytes.length, BATCH, settleMillis, relayMillis);
        assertThat(settleMillis).as("100 000 cases in one request, multi-row statements").isLessThan(180_000);
    }

    @Test
    void weightsOfOneMillionGeneratedCasesThroughTheApi() {
        WebTestClient web = web();
        Random random = new Random(20250101L);
        double[] typical = new double[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            typical[g] = 3_000 + random.nextDouble() * 80_000;
        }
        StringBuilder csv = new StringBuilder(HISTORICAL * 18).append("group_code,cost\n");
        for (int i = 0; i < HISTORICAL; i++) {
            int g = random.nextInt(GROUPS);
            double cost = typical[g] * Math.exp(0.35 * random.nextGaussian());
            if (random.nextInt(100) == 0) {
                cost *= 8;
            }
            csv.append('G').append(String.format("%03d", g)).append(',')
                    .append(BigDecimal.valueOf(Math.round(cost * 100), 2).toPlainString()).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        String response = web.post().uri("/api/medical-insurance/drg-weight-computations")
                .header("Authorization", BUREAU).contentType(CSV).bodyValue(bytes).exchange()
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        long millis = (System.nanoTime() - started) / 1_000_000;
        JsonNode result = JSON.readTree(response);
        assertThat(result.get("totalCases").asInt()).isEqualTo(HISTORICAL);
        assertThat(result.get("groups").size()).isEqualTo(GROUPS);
        int retained = result.get("retainedCases").asInt();
        assertThat(retained).isLessThan(HISTORICAL).isGreaterThan(HISTORICAL * 9 / 10);
        BigDecimal weighted = BigDecimal.ZERO;
        for (JsonNode g : result.get("groups")) {
            assertThat(g.get("relativeWeight").decimalValue().scale()).isEqualTo(4);
            weighted = weighted.add(g.get("relativeWeight").decimalValue()
                    .multiply(BigDecimal.valueOf(g.get("retainedCases").asInt())));
        }
        // the case-weighted mean weight is 1 by construction, up to the 4-decimal rounding of each weight
        assertThat(weighted.divide(BigDecimal.valueOf(retained), MathContext.DECIMAL64))
                .isBetween(new BigDecimal("0.99995"), new BigDecimal("1.00005"));
        assertThat(count("select count(*) from drg_weight_computation where total_cases = " + HISTORICAL)).isEqualTo(1);
        System.out.printf("SCALE weights: %,d generated cases (%,d bytes of CSV), %d groups, %,d retained, computed "
                + "and stored in %,d ms through POST /drg-weight-computations%n", HISTORICAL, bytes.length, GROUPS,
                retained, millis);
        assertThat(millis).isLessThan(120_000);
    }

    private long count(String sql) {
        return MedicalTestSupport.count(db, sql);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

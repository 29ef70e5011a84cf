package cn.beijing.platform.medical;

import static cn.beijing.platform.medical.MedicalTestSupport.API;
import static cn.beijing.platform.medical.MedicalTestSupport.BUREAU;
import static cn.beijing.platform.medical.MedicalTestSupport.BUREAU_2;
import static cn.beijing.platform.medical.MedicalTestSupport.CSV;
import static cn.beijing.platform.medical.MedicalTestSupport.H001;
import static cn.beijing.platform.medical.MedicalTestSupport.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.beijing.platform.test.EventSchemas;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.SharedInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * A weight set computed by the service from settled cases is reviewed and adopted by a second bureau officer as a new
 * version of the group table (京医保发〔2024〕24号 二(一)), announced on {@code medical.drg-weights-adopted.v1}, and
 * the next settlement of a case discharged from its first day uses the adopted weight — against the real database and
 * broker on 2026-03-02 (Asia/Shanghai).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class DrgWeightAdoptionIT {

    private static final String TOPIC = "medical.drg-weights-adopted.v1";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            return Clock.fixed(TODAY.atTime(10, 0).atZone(zone).toInstant(), zone);
        }
    }

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;

    @Test
    void aComputedWeightSetIsAdoptedByASecondOfficerAndTheNextSettlementUsesIt() {
        WebTestClient web = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        MedicalTestSupport.importReferenceData(web);
        // February 2026 at the designated hospital: D01 ~1000, D02 ~3000, P01 and K01 ~2000 yuan (10 cases each)
        List<Map<String, Object>> february = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            february.add(MedicalInsuranceApiIT.caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "" + (1000 + i), "2026-02-10"));
            february.add(MedicalInsuranceApiIT.caseBody("SAMPLE-H001", "SAMPLE-D02", "EMPLOYEE", "" + (3000 + i), "2026-02-10"));
            february.add(MedicalInsuranceApiIT.caseBody("SAMPLE-H001", "SAMPLE-P01", "EMPLOYEE", "" + (2000 + i), "2026-02-10"));
            february.add(MedicalInsuranceApiIT.caseBody("SAMPLE-H001", "SAMPLE-K01", "EMPLOYEE", "" + (2000 + i), "2026-02-10"));
        }
        post(web, "/drg-case-batches", H001, Map.of("cases", february)).expectStatus().isCreated();
        // means 1004.5, 3004.5, 2004.5, 2004.5; overall 2004.5 → 0.5011, 1.4989, 1.0000, 1.0000
        JsonNode computation = body(post(web, "/drg-weight-computations", BUREAU,
                Map.of("dischargeFrom", "2026-02-01", "dischargeTo", "2026-02-28")).expectStatus().isCreated());
        String computationId = computation.get("id").asString();

        // refused, nothing written: the officer who computed it; a first day before today; an unknown computation;
        // no first day; a hospital; a set that leaves a weighted group out
        long before = writes();
        JsonNode sameOfficer = problem(post(web, "/drg-weight-adoptions", BUREAU,
                Map.of("computationId", computationId, "effectiveFrom", "2026-03-02")), 409);
        assertThat(sameOfficer.get("code").asString()).isEqualTo("ADOPTER_RAN_THE_COMPUTATION");
        assertThat(sameOfficer.get("basis").get(0).get("article").asString()).isEqualTo("二(一)");
        assertThat(sameOfficer.get("basis").get(0).get("parameters").asString())
                .isEqualTo("drg-weight-adoption-four-eyes@2025-01-01");
        assertField(problem(post(web, "/drg-weight-adoptions", BUREAU_2,
                Map.of("computationId", computationId, "effectiveFrom", "2026-03-01")), 422), "effectiveFrom");
        assertField(problem(post(web, "/drg-weight-adoptions", BUREAU_2,
                Map.of("computationId", UUID.randomUUID().toString(), "effectiveFrom", "2026-03-02")), 422),
                "computationId");
        assertField(problem(post(web, "/drg-weight-adoptions", BUREAU_2, Map.of("computationId", computationId)),
                422), "effectiveFrom");
        assertField(problem(post(web, "/drg-weight-adoptions", BUREAU_2,
                Map.of("computationId", "not-a-uuid", "effectiveFrom", "2026-03-02")), 400), "computationId");
        post(web, "/drg-weight-adoptions", H001, Map.of("computationId", computationId, "effectiveFrom", "2026-03-02"))
                .expectStatus().isForbidden();
        assertThat(writes()).isEqualTo(before);
        String partial = body(web.post().uri(API + "/drg-weight-computations").header("Authorization", BUREAU)
                .contentType(CSV).bodyValue("group_code,cost\nSAMPLE-D01,1000\nSAMPLE-D01,1010\nSAMPLE-D02,3000\n")
                .exchange().expectStatus().isCreated()).get("id").asString();
        before = writes();
        JsonNode notCovered = problem(post(web, "/drg-weight-adoptions", BUREAU_2,
                Map.of("computationId", partial, "effectiveFrom", "2026-03-02")), 409);
        assertThat(notCovered.get("code").asString()).isEqualTo("WEIGHTED_GROUP_NOT_COVERED");
        assertThat(writes()).isEqualTo(before);

        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(), TOPIC)) {
            // the second officer adopts it from today
            JsonNode adopted = body(post(web, "/drg-weight-adoptions", BUREAU_2, Map.of("computationId",
                    computationId, "effectiveFrom", "2026-03-02", "note", "reviewed against 2025 costs"))
                    .expectStatus().isCreated());
            String adoptionId = adopted.get("id").asString();
            assertThat(adopted.get("effectiveFrom").asString()).isEqualTo("2026-03-02");
            assertThat(adopted.get("adoptedBy").asString()).isEqualTo("bureau-officer-2");
            assertThat(adopted.get("appliesToCurrentTable").asBoolean()).isTrue();
            assertThat(adopted.get("keptGroups").toString()).isEqualTo("[\"SAMPLE-K01\"]");
            assertThat(adopted.get("groups")).hasSize(3);
            JsonNode d02 = adopted.get("groups").get(1);
            assertThat(d02.get("groupCode").asString()).isEqualTo("SAMPLE-D02");
            assertThat(d02.get("previousWeight").decimalValue()).isEqualByComparingTo("2.5");
            assertThat(d02.get("weight").decimalValue()).isEqualByComparingTo("1.4989");

            // the event: the version for hospitals and fund accounting, valid, without officers or cases (the topic
            // also holds the versions other tests of the shared broker adopted: this computation's are counted)
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> ofComputation(r, computationId), 1,
                    Duration.ofSeconds(60));
            assertThat(records).hasSize(1);
            assertThat(records.get(0).key()).isEqualTo("drg-group-table");
            assertThat(EventSchemas.violations(TOPIC, records.get(0).value())).isEmpty();
            JsonNode event = JSON.readTree(records.get(0).value());
            assertThat(event.get("adoptionId").asString()).isEqualTo(adoptionId);
            assertThat(event.get("effectiveFrom").asString()).isEqualTo("2026-03-02");
            assertThat(event.get("groups").get(1).get("weight").decimalValue()).isEqualByComparingTo("1.4989");
            assertThat(event.toString()).doesNotContain("bureau-officer");

            // the next settlement of a case discharged today uses the adopted weight: 1.4989 × 20425 = 30615.03;
            // one discharged yesterday keeps the weight then in force (2.5 × 20425 = 51062.50)
            JsonNode today = body(post(web, "/drg-cases", H001, MedicalInsuranceApiIT.caseBody("SAMPLE-H001",
                    "SAMPLE-D02", "EMPLOYEE", "20000", "2026-03-02")).expectStatus().isCreated());
            assertThat(today.get("standard").decimalValue()).isEqualByComparingTo("30615.03");
            assertThat(parameters(today)).contains("drg-weight-adoption/" + adoptionId + "@2026-03-02");
            JsonNode yesterday = body(post(web, "/drg-cases", H001, MedicalInsuranceApiIT.caseBody("SAMPLE-H001",
                    "SAMPLE-D02", "EMPLOYEE", "20000", "2026-03-01")).expectStatus().isCreated());
            assertThat(yesterday.get("standard").decimalValue()).isEqualByComparingTo("51062.50");
            assertThat(parameters(yesterday)).noneMatch(p -> p.startsWith("drg-weight-adoption/"));

            // one version per day; the versions are public to the hospitals
            assertThat(problem(post(web, "/drg-weight-adoptions", BUREAU_2,
                    Map.of("computationId", computationId, "effectiveFrom", "2026-03-02")), 409)
                    .get("code").asString()).isEqualTo("VERSION_EXISTS_ON_THAT_DAY");
            JsonNode listed = body(web.get().uri(API + "/drg-weight-adoptions").header("Authorization", H001)
                    .exchange().expectStatus().isOk());
            assertThat(listed).hasSize(1);
            assertThat(probe.drain(Duration.ofSeconds(2))).filteredOn(r -> ofComputation(r, computationId))
                    .as("one event: the refused adoption wrote none").hasSize(1);
        }

        // a new import replaces the table: the version adopted on the previous one no longer applies
        MedicalTestSupport.importReferenceData(web);
        JsonNode afterImport = body(post(web, "/drg-cases", H001, MedicalInsuranceApiIT.caseBody("SAMPLE-H001",
                "SAMPLE-D02", "EMPLOYEE", "20000", "2026-03-02")).expectStatus().isCreated());
        assertThat(afterImport.get("standard").decimalValue()).isEqualByComparingTo("51062.50");
        JsonNode listed = body(web.get().uri(API + "/drg-weight-adoptions").header("Authorization", BUREAU)
                .exchange().expectStatus().isOk());
        assertThat(listed.get(0).get("appliesToCurrentTable").asBoolean()).isFalse();
    }

    private static boolean ofComputation(ConsumerRecord<String, byte[]> record, String computationId) {
        return new String(record.value(), StandardCharsets.UTF_8).contains("\"computationId\":\"" + computationId + "\"");
    }

    private long writes() {
        return MedicalTestSupport.count(db, """
                select (select count(*) from drg_weight_adoption) + (select count(*) from drg_adopted_weight)
                     + (select count(*) from outbox_event) + (select count(*) from idempotency_key)""");
    }

    private JsonNode body(WebTestClient.ResponseSpec response) {
        return JSON.readTree(response.expectBody(String.class).returnResult().getResponseBody());
    }

    private JsonNode problem(WebTestClient.ResponseSpec response, int status) {
        return body(response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static void assertField(JsonNode problem, String field) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).as(problem.toString()).contains(field);
    }

    private static List<String> parameters(JsonNode settled) {
        List<String> parameters = new ArrayList<>();
        settled.get("basis").forEach(b -> parameters.add(b.path("parameters").asString()));
        return parameters;
    }

    private static WebTestClient.ResponseSpec post(WebTestClient web, String path, String token, Object body) {
        return web.post().uri(API + path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}

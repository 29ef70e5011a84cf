package cn.beijing.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Medical insurance through the gateway (issue 5): the three calculators of docs/API.md at their boundaries; the bureau
 * imports SAMPLE DRG reference data as CSV; a hospital settles a case and a batch, each case's
 * {@code medical.drg-case-settled.v1} reaches Kafka without patient data; the 5 % special-case quota refuses the
 * approval beyond it; bad input (negative cost, unknown group, hospital not in the list, weight ≤ 0, malformed CSV
 * line) is 4xx problem+json naming the field and writes nothing.
 */
class MedicalInsuranceThroughGatewayIT {

    private static final String API = "/api/medical-insurance";
    static final String BUREAU = PlatformUnderTest.bearer("e2e-bureau", "BJ-HSB", "MEDICAL_BUREAU");
    static final String HOSPITAL = PlatformUnderTest.bearer("e2e-h001", "SAMPLE-H001", "HOSPITAL");
    private static final String OUTSIDER = PlatformUnderTest.bearer("e2e-h777", "E2E-H777", "HOSPITAL");
    private static final String ANYONE = PlatformUnderTest.bearer("e2e-viewer", "ANY", "STATISTICS");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    static final String GROUPS_CSV = """
            # SAMPLE DATA - NOT the official 附件1/附件2 of 京医保发〔2024〕24号
            code,name,weight,designated_employee_payment,kept_consumables_procurement_group,previous_standard
            SAMPLE-D01,Sample DRG-paid group 1,1.0000,DRG,false,
            SAMPLE-D02,Sample DRG-paid group 2,2.5000,DRG,false,
            SAMPLE-P01,Sample per-item group 1,0.8000,PER_ITEM_WITH_DRG_SIMULATION,false,
            SAMPLE-K01,Sample kept consumables-procurement group 1,,DRG,true,30000.00
            """;
    static final String HOSPITALS_CSV = """
            # SAMPLE DATA - NOT the official 附件3
            hospital_code,name,designated,infectious_disease_specialty,level
            SAMPLE-H001,Sample designated hospital 1,true,false,TERTIARY
            """;

    private final PlatformUnderTest platform = PlatformUnderTest.get();
    private final WebTestClient gateway = platform.gateway();
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void calculatorsAnswerAsApiMdSaysThroughTheGateway() {
        JsonNode drug = expect(200, post("/drug-price-evaluations", ANYONE, Map.of("price", "10.335",
                "paymentStandard", "10", "quantity", "3")));
        assertThat(drug.path("reimbursableBase").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(drug.path("insuredExtra").decimalValue().toPlainString()).isEqualTo("1.01");
        assertThat(drug.path("basis").get(0).path("document").asString()).isEqualTo("京医保发〔2024〕21号");

        JsonNode rows = expect(200, gateway.get().uri(API + "/resident-contributions?year=2025")
                .header("Authorization", ANYONE).exchange());
        assertThat(rows.get(0).path("category").asString()).isEqualTo("ELDERLY");
        assertThat(rows.get(0).path("total").decimalValue().toPlainString()).isEqualTo("4780.00");
        assertThat(rows.get(2).path("municipalSubsidy").decimalValue().toPlainString()).isEqualTo("937.00");
        invalid(gateway.get().uri(API + "/resident-contributions?year=2026").header("Authorization", ANYONE)
                .exchange(), 422, "year");

        JsonNode drg = expect(200, post("/drg-payment-evaluations", ANYONE, Map.of("weight", "1",
                "infectiousDiseaseSpecialty", false, "insurance", "RESIDENT", "actualCost", "15000.01",
                "dischargeDate", "2025-01-01")));
        assertThat(drg.path("rate").decimalValue().toPlainString()).isEqualTo("20425.00");
        assertThat(drg.path("payment").decimalValue().toPlainString()).isEqualTo("17712.51");
        assertThat(drg.path("retainedSurplus").decimalValue().toPlainString()).isEqualTo("2712.50");
        JsonNode specialty = expect(200, post("/drg-payment-evaluations", ANYONE, Map.of("weight", "1",
                "infectiousDiseaseSpecialty", true, "insurance", "EMPLOYEE", "actualCost", "1",
                "dischargeDate", "2025-01-01")));
        assertThat(specialty.path("standard").decimalValue().toPlainString()).isEqualTo("20834.00");
        invalid(post("/drg-payment-evaluations", ANYONE, Map.of("weight", "0", "infectiousDiseaseSpecialty", false,
                "insurance", "EMPLOYEE", "actualCost", "1", "dischargeDate", "2025-01-01")), 422, "weight");
        invalid(post("/drg-payment-evaluations", ANYONE, Map.of("weight", "1", "infectiousDiseaseSpecialty", false,
                "insurance", "EMPLOYEE", "actualCost", "1", "dischargeDate", "2024-12-31")), 422, "dischargeDate");
        invalid(post("/drg-payment-evaluations", ANYONE, Map.of("weight", "1", "insurance", "EMPLOYEE",
                "actualCost", "1", "dischargeDate", "2025-01-01")), 422, "infectiousDiseaseSpecialty");
    }

    @Test
    void referenceDataCasesAndTheSpecialCaseQuotaThroughTheGateway() throws SQLException {
        // reference data; a malformed line is refused with its number and nothing is written
        long before = rows();
        invalid(putCsv("/drg-group-table", GROUPS_CSV.replace("SAMPLE-D02,Sample DRG-paid group 2,2.5000",
                "SAMPLE-D02,Sample DRG-paid group 2,0")), 422, "line 4.weight");
        assertThat(rows()).isEqualTo(before);
        JsonNode table = expect(200, putCsv("/drg-group-table", GROUPS_CSV));
        assertThat(table.path("sample").asBoolean()).isTrue();
        expect(200, putCsv("/drg-hospitals", HOSPITALS_CSV));

        // bad cases write nothing
        before = rows();
        invalid(post("/drg-cases", HOSPITAL, settledCase("SAMPLE-D01", "-1", "2025-02-01")), 422, "actualCost");
        invalid(post("/drg-cases", HOSPITAL, settledCase("NO-SUCH", "100", "2025-02-01")), 422, "groupCode");
        Map<String, Object> outsider = new LinkedHashMap<>(settledCase("SAMPLE-D01", "100", "2025-02-01"));
        outsider.put("hospitalCode", "E2E-H777");
        invalid(post("/drg-cases", OUTSIDER, outsider), 422, "hospitalCode");
        assertThat(rows()).isEqualTo(before);

        try (KafkaProbe probe = new KafkaProbe(platform.kafkaBootstrapServers(), "medical.drg-case-settled.v1")) {
            JsonNode settled = expect(201, post("/drg-cases", HOSPITAL, settledCase("SAMPLE-D02", "40000",
                    "2025-02-01")));
            assertThat(settled.path("method").asString()).isEqualTo("DRG");
            assertThat(settled.path("standard").decimalValue().toPlainString()).isEqualTo("51062.50");
            assertThat(settled.path("retainedSurplus").decimalValue().toPlainString()).isEqualTo("11062.50");
            String id = settled.path("id").asString();
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> id.equals(r.key()), 1,
                    Duration.ofSeconds(60));
            assertThat(records).hasSize(1);
            String event = new String(records.get(0).value(), StandardCharsets.UTF_8);
            assertThat(event).contains("\"groupCode\":\"SAMPLE-D02\"").contains("\"payment\":51062.50")
                    .doesNotContain(settled.path("hospitalCaseId").asString());
        }

        // 20 DRG discharges in 2026: 5 % allows one special case, the second approval is refused
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(settledCase("SAMPLE-D01", String.valueOf(90000 + i), "2026-02-01"));
        }
        JsonNode result = expect(201, post("/drg-case-batches", HOSPITAL, Map.of("cases", batch)));
        assertThat(result.path("cases").asInt()).isEqualTo(20);
        JsonNode cases = expect(200, gateway.get().uri(API + "/drg-cases?highCostFlagged=true&batchId="
                + result.path("batchId").asString()).header("Authorization", BUREAU).exchange());
        assertThat(cases.path("total").asInt()).isEqualTo(20);
        String first = cases.path("items").get(0).path("id").asString();
        String second = cases.path("items").get(1).path("id").asString();
        expect(200, post("/drg-cases/" + first + "/special-case-requests", HOSPITAL, Map.of()));
        JsonNode approved = expect(200, post("/drg-cases/" + first + "/special-case-approvals", BUREAU, Map.of()));
        assertThat(approved.path("method").asString()).isEqualTo("SPECIAL_CASE_PER_ITEM");
        JsonNode refused = expect(409, post("/drg-cases/" + second + "/special-case-approvals", BUREAU, Map.of()));
        assertThat(refused.path("code").asString()).isEqualTo("SPECIAL_CASE_QUOTA_EXHAUSTED");
        assertThat(refused.path("basis").get(0).path("article").asString()).isEqualTo("四");
    }

    private static Map<String, Object> settledCase(String group, String cost, String discharge) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hospitalCaseId", "E2E-" + UUID.randomUUID());
        body.put("hospitalCode", "SAMPLE-H001");
        body.put("groupCode", group);
        body.put("insurance", "EMPLOYEE");
        body.put("actualCost", cost);
        body.put("dischargeDate", discharge);
        return body;
    }

    private WebTestClient.ResponseSpec post(String path, String token, Object body) {
        return gateway.post().uri(API + path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec putCsv(String path, String csv) {
        return gateway.put().uri(API + path).header("Authorization", BUREAU).contentType(CSV).bodyValue(csv)
                .exchange();
    }

    private JsonNode expect(int status, WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody());
    }

    private void invalid(WebTestClient.ResponseSpec response, int status, String field) {
        JsonNode problem = json.readTree(response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody());
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).as(problem.toString()).contains(field);
    }

    /** Rows of the medical-insurance database that a command could write. */
    private long rows() throws SQLException {
        return platform.count(PlatformUnderTest.App.MEDICAL_INSURANCE, """
                select (select count(*) from drg_case) + (select count(*) from drg_group)
                     + (select count(*) from reference_import) + (select count(*) from outbox_event)
                     + (select coalesce(sum(drg_discharge_cases), 0) from drg_special_case_quota) as n
                """);
    }
}

package cn.beijing.platform.medical;

import static cn.beijing.platform.medical.MedicalTestSupport.ANY_ROLE;
import static cn.beijing.platform.medical.MedicalTestSupport.API;
import static cn.beijing.platform.medical.MedicalTestSupport.BUREAU;
import static cn.beijing.platform.medical.MedicalTestSupport.BUREAU_2;
import static cn.beijing.platform.medical.MedicalTestSupport.CSV;
import static cn.beijing.platform.medical.MedicalTestSupport.H001;
import static cn.beijing.platform.medical.MedicalTestSupport.H002;
import static cn.beijing.platform.medical.MedicalTestSupport.H900;
import static cn.beijing.platform.medical.MedicalTestSupport.HOSPITAL_NOT_LISTED;
import static cn.beijing.platform.medical.MedicalTestSupport.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.beijing.platform.common.outbox.CloudEventHeaders;
import cn.beijing.platform.medical.policy.drg.DrgReferenceDataCsv;
import cn.beijing.platform.test.EventSchemas;
import cn.beijing.platform.test.KafkaProbe;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.SharedInfrastructure;
import cn.beijing.platform.test.openapi.CalculatorExampleChecks;
import tools.jackson.databind.JsonNode;

/**
 * The medical-insurance API against the real PostgreSQL and Kafka: the calculators of docs/API.md at their boundaries,
 * catalogue and price-item imports and look-ups, DRG reference data, case settlement (single, batch), the special-case
 * quota under concurrent approvals, weights — and for every command, bad input → 4xx problem+json with nothing
 * written. Amounts are checked to the fen, with their citations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class MedicalInsuranceApiIT {

    private static final String DRG_2_0 = "京医保发〔2024〕24号";

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;

    WebTestClient web;

    private static boolean referenceImported;

    @BeforeEach
    void setUp() {
        web = client.mutate().responseTimeout(Duration.ofSeconds(60))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
        if (!referenceImported) {
            MedicalTestSupport.importReferenceData(web);
            referenceImported = true;
        }
    }

    // =============================================================================================================
    // Calculators (docs/API.md) — any authenticated role
    // =============================================================================================================

    @Test
    void drugPriceEvaluationSplitsAtThePaymentStandardWithHalfUpRounding() {
        // P < S: the actual price is the base, nothing extra (一(三))
        drugPrice("9.99", "10", "3").jsonPath("$.reimbursableBase").isEqualTo(29.97)
                .jsonPath("$.insuredExtra").isEqualTo(0.0)
                .jsonPath("$.basis[0].document").isEqualTo("京医保发〔2024〕21号")
                .jsonPath("$.basis[0].article").isEqualTo("一(三)");
        // P = S
        drugPrice("10", "10", "2").jsonPath("$.reimbursableBase").isEqualTo(20.0)
                .jsonPath("$.insuredExtra").isEqualTo(0.0);
        // P > S: 0.335 × 3 = 1.005 → HALF_UP 1.01 (HALF_EVEN would give 1.00)
        drugPrice("10.335", "10", "3").jsonPath("$.reimbursableBase").isEqualTo(30.0)
                .jsonPath("$.insuredExtra").isEqualTo(1.01);
        String raw = post("/drug-price-evaluations", ANY_ROLE, Map.of("price", "10.335", "paymentStandard", "10",
                "quantity", "3")).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(raw).contains("\"reimbursableBase\":30.00").contains("\"insuredExtra\":1.01");
    }

    @Test
    void drugPriceEvaluationRefusesBadInputNamingTheField() {
        problem(post("/drug-price-evaluations", ANY_ROLE, Map.of("price", "-0.01", "paymentStandard", "10",
                "quantity", "1")), 422, "price");
        problem(post("/drug-price-evaluations", ANY_ROLE, Map.of("price", "1", "paymentStandard", "0",
                "quantity", "1")), 422, "paymentStandard");
        problem(post("/drug-price-evaluations", ANY_ROLE, Map.of("price", "1", "paymentStandard", "10")), 422,
                "quantity");
        problem(post("/drug-price-evaluations", ANY_ROLE, Map.of("price", "abc", "paymentStandard", "10",
                "quantity", "1")), 400, "price");
        web.post().uri(API + "/drug-price-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("price", "1", "paymentStandard", "1", "quantity", "1"))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void residentContributionsOf2025ByCategoryWithTheirSharesAndANoTableYearRefused() {
        String body = web.get().uri(API + "/resident-contributions?year=2025").header("Authorization", ANY_ROLE)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("{\"category\":\"ELDERLY\",\"individual\":430.00,\"fiscalSubsidy\":4350.00,"
                        + "\"municipalSubsidy\":1945.00,\"districtSubsidy\":2405.00,\"total\":4780.00")
                .contains("{\"category\":\"STUDENT_CHILD\",\"individual\":405.00,\"fiscalSubsidy\":1725.00,"
                        + "\"municipalSubsidy\":632.00,\"districtSubsidy\":1093.00,\"total\":2130.00")
                .contains("{\"category\":\"WORKING_AGE\",\"individual\":750.00,\"fiscalSubsidy\":2335.00,"
                        + "\"municipalSubsidy\":937.00,\"districtSubsidy\":1398.00,\"total\":3085.00")
                .contains("{\"document\":\"京医保发〔2024〕23号\",\"article\":\"三\","
                        + "\"parameters\":\"resident-contribution-standards@2025-01-01\"}");
        problem(web.get().uri(API + "/resident-contributions?year=2026").header("Authorization", ANY_ROLE).exchange(),
                422, "year");
        problem(web.get().uri(API + "/resident-contributions?year=2024").header("Authorization", ANY_ROLE).exchange(),
                422, "year");
        problem(web.get().uri(API + "/resident-contributions").header("Authorization", ANY_ROLE).exchange(), 400,
                "year");
    }

    @Test
    void drgPaymentEvaluationAtEveryBoundary() {
        // standard = weight × rate, once HALF_UP: 1.0002 × 20425 = 20429.085 → 20429.09
        drg("1.0002", false, "EMPLOYEE", "30000", "2025-01-01").jsonPath("$.rate").isEqualTo(20425.0)
                .jsonPath("$.standard").isEqualTo(20429.09).jsonPath("$.payment").isEqualTo(20429.09)
                .jsonPath("$.retainedSurplus").isEqualTo(0.0)
                .jsonPath("$.basis[0].article").isEqualTo("二(一)")
                .jsonPath("$.basis[0].parameters").isEqualTo("drg-base-rate@2025-01-01");
        // infectious-disease specialty hospitals: 20834 (二(一))
        drg("1", true, "EMPLOYEE", "30000", "2025-01-01").jsonPath("$.rate").isEqualTo(20834.0)
                .jsonPath("$.standard").isEqualTo(20834.0).jsonPath("$.payment").isEqualTo(20834.0)
                .jsonPath("$.basis[0].parameters").isEqualTo("drg-infectious-disease-specialty-rate@2025-01-01");
        // surplus retention (二(二)): employee 100 %: cost one fen below, at, one fen above the standard
        drg("1", false, "EMPLOYEE", "20424.99", "2025-02-01").jsonPath("$.payment").isEqualTo(20425.0)
                .jsonPath("$.retainedSurplus").isEqualTo(0.01);
        drg("1", false, "EMPLOYEE", "20425.00", "2025-02-01").jsonPath("$.payment").isEqualTo(20425.0)
                .jsonPath("$.retainedSurplus").isEqualTo(0.0);
        drg("1", false, "EMPLOYEE", "20425.01", "2025-02-01").jsonPath("$.payment").isEqualTo(20425.0)
                .jsonPath("$.retainedSurplus").isEqualTo(0.0);
        // resident 50 %: (20425 − 15000.01) × 0.5 = 2712.495 → HALF_UP 2712.50; payment 15000.01 + 2712.50
        drg("1", false, "RESIDENT", "15000.01", "2025-02-01").jsonPath("$.payment").isEqualTo(17712.51)
                .jsonPath("$.retainedSurplus").isEqualTo(2712.5)
                .jsonPath("$.basis[2].article").isEqualTo("二(二)")
                .jsonPath("$.basis[2].parameters").isEqualTo("drg-surplus-retention@2025-01-01");
        // DRG 2.0 starts with discharges on 2025-01-01 (五)
        problem(post("/drg-payment-evaluations", ANY_ROLE, drgBody("1", false, "EMPLOYEE", "100", "2024-12-31")),
                422, "dischargeDate");
        // bad input: weight ≤ 0, negative cost, unknown insurance
        problem(post("/drg-payment-evaluations", ANY_ROLE, drgBody("0", false, "EMPLOYEE", "100", "2025-01-01")),
                422, "weight");
        problem(post("/drg-payment-evaluations", ANY_ROLE, drgBody("-1.5", false, "EMPLOYEE", "100", "2025-01-01")),
                422, "weight");
        problem(post("/drg-payment-evaluations", ANY_ROLE, drgBody("1", false, "EMPLOYEE", "-0.01", "2025-01-01")),
                422, "actualCost");
        problem(post("/drg-payment-evaluations", ANY_ROLE, drgBody("1", false, "PRIVATE", "1", "2025-01-01")),
                400, "insurance");
        problem(post("/drg-payment-evaluations", ANY_ROLE, Map.of("weight", "1", "insurance", "EMPLOYEE",
                "actualCost", "1", "dischargeDate", "2025-01-01")), 422, "infectiousDiseaseSpecialty");
    }

    // =============================================================================================================
    // Drug catalogue (京医保发〔2024〕21号)
    // =============================================================================================================

    private static final String CATALOGUE_CSV = """
            # SAMPLE DATA for tests - not the official 2024 catalogue (附件略)
            code,name,part,category_code,payment_standard,standard_valid_from,standard_valid_to,dropped_after_failed_renewal,herbal_exclusion
            TW001,"示例西药, 片",WESTERN_MEDICINE,XA01AB,,,,,
            TN001,示例谈判药,NEGOTIATED_DRUG,XL01XC,100.00,2025-01-01,2026-12-31,false,
            TN002,示例退出谈判药,NEGOTIATED_DRUG,XL01XE,80.00,2023-01-01,2024-12-31,true,
            TC001,示例造影剂,WESTERN_MEDICINE,xv08ab,,,,,
            TH001,冬虫夏草,CHINESE_HERBAL_PIECE,,,,,,NOT_PAYABLE_ALONE_OR_IN_COMPOUND
            TH002,大枣,CHINESE_HERBAL_PIECE,,,,,,NOT_PAYABLE_ALONE
            """;

    private void importCatalogue() {
        if (count("select count(*) from drug where code = 'TN001'") == 0) {
            web.post().uri(API + "/drug-catalogue/imports").header("Authorization", BUREAU).contentType(CSV)
                    .bodyValue(CATALOGUE_CSV).exchange().expectStatus().isCreated();
        }
    }

    @Test
    void catalogueImportWritesTheRowsAndOneChangeEventThenLooksUpByCodeNamePartAndCategory() {
        long eventsBefore = count("select count(*) from outbox_event where topic = 'medical.catalogue-changed.v1'");
        long drugsBefore = count("select count(*) from drug");
        String key = "catalogue-" + UUID.randomUUID();
        String ownCode = "TX" + UUID.randomUUID().toString().substring(0, 6);
        String csv = CATALOGUE_CSV.replace("TW001", ownCode);
        JsonNode result = JSON.readTree(web.post().uri(API + "/drug-catalogue/imports")
                .header("Authorization", BUREAU).header("Idempotency-Key", key).contentType(CSV).bodyValue(csv)
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
        assertThat(result.get("kind").asString()).isEqualTo("DRUG_CATALOGUE");
        assertThat(result.get("sample").asBoolean()).as("a # SAMPLE comment marks the data").isTrue();
        assertThat(result.get("rowCount").asInt()).isEqualTo(6);
        assertThat(result.get("added").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(result.get("added").asInt() + result.get("updated").asInt() + result.get("unchanged").asInt())
                .isEqualTo(6);
        assertThat(count("select count(*) from drug")).isEqualTo(drugsBefore + result.get("added").asInt());
        assertThat(count("select count(*) from outbox_event where topic = 'medical.catalogue-changed.v1'"))
                .isEqualTo(eventsBefore + 1);
        assertThat(count("select count(*) from outbox_event where topic = 'medical.catalogue-changed.v1' "
                + "and payload::text like '%" + ownCode + "%'")).isEqualTo(1);
        // a replay with the same key writes nothing and answers the same
        web.post().uri(API + "/drug-catalogue/imports").header("Authorization", BUREAU).header("Idempotency-Key", key)
                .contentType(CSV).bodyValue(csv).exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
        assertThat(count("select count(*) from outbox_event where topic = 'medical.catalogue-changed.v1'"))
                .isEqualTo(eventsBefore + 1);
        // the same rows again, without a key: nothing changed, so no event
        JsonNode again = JSON.readTree(web.post().uri(API + "/drug-catalogue/imports")
                .header("Authorization", BUREAU).contentType(CSV).bodyValue(csv)
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
        assertThat(again.get("unchanged").asInt()).isEqualTo(6);
        assertThat(count("select count(*) from outbox_event where topic = 'medical.catalogue-changed.v1'"))
                .isEqualTo(eventsBefore + 1);

        // look-ups: code, name (contains), part, category code (prefix, case-insensitive)
        web.get().uri(API + "/drug-catalogue/drugs/TN001").header("Authorization", H001).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("示例谈判药").jsonPath("$.part").isEqualTo("NEGOTIATED_DRUG")
                .jsonPath("$.paymentStandard").isEqualTo(100.0)
                .jsonPath("$.standardValidTo").isEqualTo("2026-12-31");
        web.get().uri(API + "/drug-catalogue/drugs?categoryCode=xl01").header("Authorization", ANY_ROLE).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(2).jsonPath("$.items[0].code").isEqualTo("TN001")
                .jsonPath("$.items[1].code").isEqualTo("TN002");
        web.get().uri(API + "/drug-catalogue/drugs?part=CHINESE_HERBAL_PIECE").header("Authorization", ANY_ROLE)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(2);
        web.get().uri(uri -> uri.path(API + "/drug-catalogue/drugs").queryParam("name", "造影").build())
                .header("Authorization", ANY_ROLE).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].code").isEqualTo("TC001").jsonPath("$.items[0].categoryCode").isEqualTo("XV08AB");
        web.get().uri(API + "/drug-catalogue/drugs/" + ownCode)
                .header("Authorization", ANY_ROLE).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("示例西药, 片");
        web.get().uri(API + "/drug-catalogue/drugs/NOPE").header("Authorization", ANY_ROLE).exchange()
                .expectStatus().isNotFound();
        problem(web.get().uri(API + "/drug-catalogue/drugs?part=SWEETS").header("Authorization", ANY_ROLE).exchange(),
                400, "part");
    }

    @Test
    void catalogueChangeEventReachesTheBroker() {
        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(),
                "medical.catalogue-changed.v1")) {
            String code = "TK" + UUID.randomUUID().toString().substring(0, 6);
            web.post().uri(API + "/drug-catalogue/imports").header("Authorization", BUREAU)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("rows", List.of(Map.of("code", code, "name", "Kafka test drug",
                            "part", "WESTERN_MEDICINE")), "source", "test", "sample", true))
                    .exchange().expectStatus().isCreated();
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> new String(r.value(),
                    StandardCharsets.UTF_8).contains(code), 1, Duration.ofSeconds(60));
            assertThat(records).hasSize(1);
            assertThat(EventSchemas.violations(records.get(0).topic(), records.get(0).value())).isEmpty();
            assertThat(records.get(0).key()).isEqualTo("drug-catalogue");
            assertThat(KafkaProbe.header(records.get(0), CloudEventHeaders.TYPE)).isEqualTo("medical.catalogue-changed.v1");
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
                    .contains("\"catalogue\":\"DRUG_CATALOGUE\"").contains("\"sample\":true");
        }
    }

    @Test
    void malformedCatalogueRowsAreAllListedWithTheirLineNumbersAndNothingIsWritten() {
        importCatalogue();
        long drugs = count("select count(*) from drug");
        long imports = count("select count(*) from reference_import");
        long events = count("select count(*) from outbox_event");
        String csv = """
                code,name,part,category_code,payment_standard
                TB001,Good row,WESTERN_MEDICINE,XA01,
                TB002,Bad part,SWEETS,XA01,
                TB003,Negative standard,WESTERN_MEDICINE,XA01,-5
                TB004,Too few cells
                TB005,Negotiated without standard,NEGOTIATED_DRUG,XL01,
                TB001,Duplicate code,WESTERN_MEDICINE,XA01,
                """;
        String body = web.post().uri(API + "/drug-catalogue/imports").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue(csv).exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"field\":\"line 3.part\"").contains("\"field\":\"line 4.payment_standard\"")
                .contains("\"field\":\"line 5\"").contains("\"field\":\"line 6.payment_standard\"")
                .contains("\"field\":\"line 7.code\"").contains("duplicate of line 2");
        // unknown column, JSON rows, and a role that may not import
        problem(web.post().uri(API + "/drug-catalogue/imports").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue("code,name,part,colour\nX,Y,WESTERN_MEDICINE,red\n").exchange(), 422, "line 1");
        problem(web.post().uri(API + "/drug-catalogue/imports").header("Authorization", BUREAU)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("rows", List.of(
                        Map.of("code", "TJ1", "name", "n", "part", "NEGOTIATED_DRUG", "paymentStandard", 0))))
                .exchange(), 422, "rows[0].paymentStandard");
        web.post().uri(API + "/drug-catalogue/imports").header("Authorization", H001).contentType(CSV)
                .bodyValue(CATALOGUE_CSV).exchange().expectStatus().isForbidden();
        assertThat(count("select count(*) from drug")).isEqualTo(drugs);
        assertThat(count("select count(*) from reference_import")).isEqualTo(imports);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }

    @Test
    void claimLinesAreDecidedAgainstTheCatalogue() {
        importCatalogue();
        // negotiated drug: min(P,S) × q and max(0,P−S) × q (一(三))
        claimLine(Map.of("drugCode", "TN001", "price", "120", "quantity", "2", "serviceDate", "2025-03-01"))
                .jsonPath("$.status").isEqualTo("NEGOTIATED_DRUG").jsonPath("$.payable").isEqualTo(true)
                .jsonPath("$.paymentStandard").isEqualTo(100.0)
                .jsonPath("$.reimbursableBase").isEqualTo(200.0).jsonPath("$.insuredExtra").isEqualTo(40.0)
                .jsonPath("$.basis[1].article").isEqualTo("一(三)");
        // dropped negotiated drug: original standard through 2025-06-30, not payable from 2025-07-01 (一(五))
        claimLine(Map.of("drugCode", "TN002", "price", "90", "quantity", "1", "serviceDate", "2025-06-30"))
                .jsonPath("$.status").isEqualTo("DROPPED_NEGOTIATED_DRUG").jsonPath("$.payable").isEqualTo(true)
                .jsonPath("$.reimbursableBase").isEqualTo(80.0).jsonPath("$.insuredExtra").isEqualTo(10.0)
                .jsonPath("$.basis[0].article").isEqualTo("一(五)");
        claimLine(Map.of("drugCode", "TN002", "price", "90", "quantity", "1", "serviceDate", "2025-07-01"))
                .jsonPath("$.payable").isEqualTo(false)
                .jsonPath("$.reimbursableBase").isEqualTo(0.0).jsonPath("$.insuredExtra").isEqualTo(90.0);
        // herbal pieces: imported exclusion lists (一(二))
        claimLine(Map.of("herbName", "大枣", "herbalUse", "SINGLE", "price", "3", "quantity", "10",
                "serviceDate", "2025-03-01")).jsonPath("$.payable").isEqualTo(false)
                .jsonPath("$.insuredExtra").isEqualTo(30.0).jsonPath("$.sampleData").isEqualTo(true);
        claimLine(Map.of("herbName", "大枣", "herbalUse", "COMPOUND", "price", "3", "quantity", "10",
                "serviceDate", "2025-03-01")).jsonPath("$.payable").isEqualTo(true)
                .jsonPath("$.reimbursableBase").isEqualTo(30.0);
        claimLine(Map.of("drugCode", "TH001", "herbalUse", "COMPOUND", "price", "30", "quantity", "1",
                "serviceDate", "2025-03-01")).jsonPath("$.payable").isEqualTo(false);
        claimLine(Map.of("herbName", "黄芪", "herbalUse", "SINGLE", "price", "2", "quantity", "5",
                "serviceDate", "2025-03-01")).jsonPath("$.payable").isEqualTo(true);
        // not in the catalogue: not payable
        claimLine(Map.of("drugCode", "NOT-LISTED", "price", "7.5", "quantity", "2", "serviceDate", "2025-03-01"))
                .jsonPath("$.status").isEqualTo("NOT_LISTED").jsonPath("$.payable").isEqualTo(false)
                .jsonPath("$.insuredExtra").isEqualTo(15.0);
        // the 2024 catalogue is in force from 2025-01-01; bad input names its field
        problem(post("/drug-claim-line-evaluations", ANY_ROLE, Map.of("drugCode", "TN001", "price", "1",
                "quantity", "1", "serviceDate", "2024-12-31")), 422, "serviceDate");
        problem(post("/drug-claim-line-evaluations", ANY_ROLE, Map.of("drugCode", "TN001", "price", "-1",
                "quantity", "1", "serviceDate", "2025-03-01")), 422, "price");
        problem(post("/drug-claim-line-evaluations", ANY_ROLE, Map.of("drugCode", "TN001", "price", "1",
                "quantity", "0", "serviceDate", "2025-03-01")), 422, "quantity");
    }

    @Test
    void outpatientSpecialDiseaseScopeByCategoryCodePrefixAndListingPriceCeiling() {
        importCatalogue();
        post("/outpatient-special-disease-scope-evaluations", H001, Map.of("disease",
                "MALIGNANT_TUMOUR_OUTPATIENT_TREATMENT", "drugCode", "TC001", "serviceDate", "2025-03-01"))
                .expectStatus().isOk().expectBody().jsonPath("$.addedToScope").isEqualTo(true)
                .jsonPath("$.matchedBy").isEqualTo("XV08").jsonPath("$.basis[0].article").isEqualTo("二(六)");
        post("/outpatient-special-disease-scope-evaluations", H001, Map.of("disease", "RENAL_DIALYSIS",
                "drugCode", "TC001", "serviceDate", "2025-03-01"))
                .expectStatus().isOk().expectBody().jsonPath("$.addedToScope").isEqualTo(false);
        post("/outpatient-special-disease-scope-evaluations", H001, Map.of("disease", "RENAL_DIALYSIS",
                "categoryCode", "XB05ZA01", "serviceDate", "2025-03-01"))
                .expectStatus().isOk().expectBody().jsonPath("$.addedToScope").isEqualTo(true)
                .jsonPath("$.matchedBy").isEqualTo("XB05Z");
        problem(post("/outpatient-special-disease-scope-evaluations", H001, Map.of("disease", "RENAL_DIALYSIS",
                "serviceDate", "2025-03-01")), 422, "categoryCode");
        // listing price <= the payment standard (三(九)): at, above by a fen
        post("/listing-price-checks", ANY_ROLE, Map.of("kind", "NEGOTIATED_DRUG", "listingPrice", "100.00",
                "drugCode", "TN001")).expectStatus().isOk().expectBody().jsonPath("$.allowed").isEqualTo(true)
                .jsonPath("$.basis[0].article").isEqualTo("三(九)");
        post("/listing-price-checks", ANY_ROLE, Map.of("kind", "NEGOTIATED_DRUG", "listingPrice", "100.01",
                "drugCode", "TN001")).expectStatus().isOk().expectBody().jsonPath("$.allowed").isEqualTo(false)
                .jsonPath("$.excess").isEqualTo(0.01);
        problem(post("/listing-price-checks", ANY_ROLE, Map.of("kind", "ON_SITE_BID", "listingPrice", "1")), 422,
                "ceiling");
    }

    // =============================================================================================================
    // Price items (京医保发〔2024〕22号)
    // =============================================================================================================

    @Test
    void priceItemsImportLookUpAndChargeChecksByServiceDate() {
        String csv = """
                code,name,unit,price,insurance_classes,valid_from,valid_to
                KNC32701,经照射自体血回输治疗,次,50.00,甲 乙,2024-12-28,
                LEAZX001,紫外线照射充氧血液回输治疗,次,,,2020-01-01,2024-12-27
                """;
        web.post().uri(API + "/price-items/imports").header("Authorization", BUREAU).contentType(CSV).bodyValue(csv)
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.kind").isEqualTo("PRICE_ITEMS");
        web.get().uri(API + "/price-items/KNC32701").header("Authorization", H001).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.price").isEqualTo(50.0).jsonPath("$.insuranceClasses").isEqualTo("甲 乙");
        web.get().uri(API + "/price-items?validOn=2025-01-01").header("Authorization", H001).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].code").isEqualTo("KNC32701");

        // KNC32701: a 50-yuan maximum — lower allowed, higher refused (一, 附件1)
        charge("KNC32701", "50.00", "2025-01-10", null).jsonPath("$.status").isEqualTo("ACCEPTED")
                .jsonPath("$.maximumGuidePrice").isEqualTo(50.0).jsonPath("$.item.name").isEqualTo("经照射自体血回输治疗")
                .jsonPath("$.basis[0].document").isEqualTo("京医保发〔2024〕22号");
        charge("KNC32701", "49.99", "2025-01-10", null).jsonPath("$.accepted").isEqualTo(true);
        charge("KNC32701", "0", "2025-01-10", null).jsonPath("$.accepted").isEqualTo(true);
        charge("KNC32701", "50.01", "2025-01-10", null).jsonPath("$.accepted").isEqualTo(false)
                .jsonPath("$.status").isEqualTo("REFUSED_ABOVE_MAXIMUM_GUIDE_PRICE");
        // LEAZX001: abolished for SERVICES from 2024-12-28, whatever the billing date (二, 附件2)
        charge("LEAZX001", "80", "2024-12-27", "2025-01-05").jsonPath("$.accepted").isEqualTo(true)
                .jsonPath("$.status").isEqualTo("NOT_GOVERNED_ON_SERVICE_DATE");
        charge("LEAZX001", "80", "2024-12-28", "2024-12-28").jsonPath("$.accepted").isEqualTo(false)
                .jsonPath("$.status").isEqualTo("REFUSED_ITEM_ABOLISHED");
        problem(post("/price-item-charge-checks", H001, Map.of("itemCode", "ZZZ999", "unitPrice", "1",
                "serviceDate", "2025-01-10")), 422, "itemCode");
        problem(post("/price-item-charge-checks", H001, Map.of("itemCode", "KNC32701", "unitPrice", "-1",
                "serviceDate", "2025-01-10")), 422, "unitPrice");

        long items = count("select count(*) from price_item");
        problem(web.post().uri(API + "/price-items/imports").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue("code,name,unit,price,valid_from\nA1,x,次,-1,2025-01-01\nA2,y,次,1,01/01/2025\n")
                .exchange(), 422, "line 2.price");
        assertThat(count("select count(*) from price_item")).isEqualTo(items);
    }

    // =============================================================================================================
    // DRG reference data (附件1-3)
    // =============================================================================================================

    @Test
    void groupTableAndHospitalListImportsReportSampleDataAndTheirDifferencesFromThePrintedCounts() {
        String table = web.put().uri(API + "/drg-group-table").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue(MedicalTestSupport.resource(DrgReferenceDataCsv.SAMPLE_GROUPS)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(table).contains("\"sample\":true").contains("\"rowCount\":4")
                .contains("4 groups, 682 expected").contains("1 kept consumables-procurement groups, 33 expected");
        web.get().uri(API + "/drg-groups").header("Authorization", H001).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.source.sample").isEqualTo(true).jsonPath("$.groups.length()").isEqualTo(4);
        web.get().uri(API + "/drg-groups/SAMPLE-K01").header("Authorization", H001).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.keptConsumablesProcurementGroup").isEqualTo(true)
                .jsonPath("$.previousStandard").isEqualTo(30000.0);
        String hospitals = web.put().uri(API + "/drg-hospitals").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue(MedicalTestSupport.HOSPITALS_CSV).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(hospitals).contains("2 designated hospitals, 80 expected").contains("\"sample\":true");
        web.get().uri(API + "/drg-hospitals").header("Authorization", H001).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.hospitals[1].infectiousDiseaseSpecialty").isEqualTo(true)
                .jsonPath("$.hospitals[2].designated").isEqualTo(false);
    }

    @Test
    void badGroupTableOrHospitalRowsAreRefusedWithLineNumbersAndTheCurrentTablesStay() {
        long groups = count("select count(*) from drg_group");
        long hospitals = count("select count(*) from drg_hospital");
        long imports = count("select count(*) from reference_import");
        String csv = """
                code,name,weight,designated_employee_payment,kept_consumables_procurement_group,previous_standard
                G1,ok,1.2000,DRG,false,
                G2,zero weight,0,DRG,false,
                G3,negative weight,-0.5,DRG,false,
                G4,kept without previous standard,,DRG,true,
                G5,bad payment,1,SOMETIMES,false,
                """;
        String body = web.put().uri(API + "/drg-group-table").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue(csv).exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("{\"field\":\"line 3.weight\",\"message\":\"must be greater than 0\"}")
                .contains("{\"field\":\"line 4.weight\",\"message\":\"must be greater than 0\"}")
                .contains("\"field\":\"line 5.previous_standard\"").contains("\"field\":\"line 6.designated_employee_payment\"");
        problem(web.put().uri(API + "/drg-hospitals").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue("hospital_code,name,level\nH1,x,PRIMARY\nH1,y,\n").exchange(), 422, "line 2.level");
        problem(web.put().uri(API + "/drg-group-table").header("Authorization", BUREAU)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("rows", List.of(Map.of("code", "J1",
                        "name", "j", "weight", 0, "designatedEmployeePayment", "DRG")))).exchange(), 422,
                "rows[0].weight");
        web.put().uri(API + "/drg-group-table").header("Authorization", H001).contentType(CSV).bodyValue(csv)
                .exchange().expectStatus().isForbidden();
        assertThat(count("select count(*) from drg_group")).isEqualTo(groups);
        assertThat(count("select count(*) from drg_hospital")).isEqualTo(hospitals);
        assertThat(count("select count(*) from reference_import")).isEqualTo(imports);
    }

    // =============================================================================================================
    // Case settlement
    // =============================================================================================================

    @Test
    void casesAreSettledByScopeWithExactAmountsAndCitations() {
        // designated hospital, employee, DRG-paid group: 2.5 × 20425 = 51062.50; surplus 11062.50 retained (100 %)
        settle(H001, caseBody("SAMPLE-H001", "SAMPLE-D02", "EMPLOYEE", "40000", "2025-02-01"))
                .jsonPath("$.method").isEqualTo("DRG").jsonPath("$.rate").isEqualTo(20425.0)
                .jsonPath("$.standard").isEqualTo(51062.5).jsonPath("$.payment").isEqualTo(51062.5)
                .jsonPath("$.retainedSurplus").isEqualTo(11062.5).jsonPath("$.highCostFlagged").isEqualTo(false)
                .jsonPath("$.highCostThreshold").isEqualTo(153187.5).jsonPath("$.revision").isEqualTo(1)
                .jsonPath("$.basis[?(@.article == '三')]").exists();
        // infectious-disease specialty hospital: 20834; secondary → flagged above 2 × standard = 41668.00 (strictly)
        settle(H002, caseBody("SAMPLE-H002", "SAMPLE-D01", "EMPLOYEE", "41668.00", "2025-02-01"))
                .jsonPath("$.rate").isEqualTo(20834.0).jsonPath("$.standard").isEqualTo(20834.0)
                .jsonPath("$.payment").isEqualTo(20834.0).jsonPath("$.highCostFlagged").isEqualTo(false);
        settle(H002, caseBody("SAMPLE-H002", "SAMPLE-D01", "EMPLOYEE", "41668.01", "2025-02-01"))
                .jsonPath("$.highCostFlagged").isEqualTo(true).jsonPath("$.highCostThreshold").isEqualTo(41668.0);
        // one of the 50 groups: per item, DRG simulated beside (0.8 × 20425 = 16340.00)
        settle(H001, caseBody("SAMPLE-H001", "SAMPLE-P01", "EMPLOYEE", "10000", "2025-02-01"))
                .jsonPath("$.method").isEqualTo("PER_ITEM_WITH_DRG_SIMULATION").jsonPath("$.payment").isEqualTo(10000.0)
                .jsonPath("$.standard").isEqualTo(16340.0).jsonPath("$.simulatedPayment").isEqualTo(16340.0)
                .jsonPath("$.simulatedRetainedSurplus").isEqualTo(6340.0);
        // kept group at a non-designated hospital, resident: previous standard 30000, 50 % of 10000 retained
        settle(H900, caseBody("TEST-H900", "SAMPLE-K01", "RESIDENT", "20000", "2025-02-01"))
                .jsonPath("$.method").isEqualTo("DRG_KEPT_PREVIOUS_STANDARD").jsonPath("$.standard").isEqualTo(30000.0)
                .jsonPath("$.payment").isEqualTo(25000.0).jsonPath("$.retainedSurplus").isEqualTo(5000.0);
        // resident insurance outside the 33 groups: not DRG-paid under the notice
        settle(H001, caseBody("SAMPLE-H001", "SAMPLE-D01", "RESIDENT", "12345.67", "2025-02-01"))
                .jsonPath("$.method").isEqualTo("NOT_DRG_PAID").jsonPath("$.payment").isEqualTo(12345.67);
    }

    @Test
    void aSettledCaseWritesItsEventWithoutPatientDataAndItReachesTheBroker() {
        try (KafkaProbe probe = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrapServers(),
                "medical.drg-case-settled.v1")) {
            String id = JSON.readTree(post("/drg-cases", H001, caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE",
                            "18000", "2025-03-15")).expectStatus().isCreated().expectBody(String.class).returnResult()
                    .getResponseBody()).get("id").asString();
            assertThat(count("select count(*) from outbox_event where aggregate_id = '" + id + "'")).isEqualTo(1);
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> id.equals(r.key()), 1,
                    Duration.ofSeconds(60));
            assertThat(records).hasSize(1);
            assertThat(EventSchemas.violations(records.get(0).topic(), records.get(0).value())).isEmpty();
            assertThat(KafkaProbe.header(records.get(0), CloudEventHeaders.TYPE)).isEqualTo("medical.drg-case-settled.v1");
            JsonNode event = JSON.readTree(records.get(0).value());
            assertThat(event.get("caseId").asString()).isEqualTo(id);
            assertThat(event.get("groupCode").asString()).isEqualTo("SAMPLE-D01");
            assertThat(event.get("method").asString()).isEqualTo("DRG");
            assertThat(event.get("payment").decimalValue()).isEqualByComparingTo("20425.00");
            assertThat(event.get("retainedSurplus").decimalValue()).isEqualByComparingTo("2425.00");
            assertThat(event.get("dischargeMonth").asString()).isEqualTo("2025-03");
            List<String> fields = new ArrayList<>();
            event.propertyNames().forEach(fields::add);
            assertThat(fields).doesNotContain("hospitalCaseId", "dischargeDate", "patient", "name");
        }
    }

    @Test
    void badCasesAreRefusedNamingTheFieldAndNothingIsWritten() {
        long cases = count("select count(*) from drg_case");
        long events = count("select count(*) from outbox_event");
        long quota = count("select coalesce(sum(drg_discharge_cases), 0) from drg_special_case_quota");
        problem(post("/drg-cases", H001, caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "-0.01", "2025-02-01")),
                422, "actualCost");
        problem(post("/drg-cases", H001, caseBody("SAMPLE-H001", "NO-SUCH-GROUP", "EMPLOYEE", "100", "2025-02-01")),
                422, "groupCode");
        problem(post("/drg-cases", HOSPITAL_NOT_LISTED, caseBody("TEST-H777", "SAMPLE-D01", "EMPLOYEE", "100",
                "2025-02-01")), 422, "hospitalCode");
        problem(post("/drg-cases", H001, caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "100", "2024-12-31")),
                422, "dischargeDate");
        problem(post("/drg-cases", H001, caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "100.001", "2025-02-01")),
                422, "actualCost");
        problem(post("/drg-cases", H001, caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "100", "2099-01-01")),
                422, "dischargeDate");
        problem(post("/drg-cases", H001, caseBody("SAMPLE-H001", "SAMPLE-D01", "SELF_PAY", "100", "2025-02-01")),
                400, "insurance");
        // a hospital settles its own cases only; the bureau does not settle
        post("/drg-cases", H001, caseBody("SAMPLE-H002", "SAMPLE-D01", "EMPLOYEE", "100", "2025-02-01"))
                .expectStatus().isForbidden();
        post("/drg-cases", BUREAU, caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "100", "2025-02-01"))
                .expectStatus().isForbidden();
        // a batch with one bad case among good ones: all refused, each bad case named by its index
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "1000", "2025-02-01"));
        }
        batch.set(2, caseBody("SAMPLE-H001", "UNKNOWN", "EMPLOYEE", "1000", "2025-02-01"));
        batch.set(4, caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "-3", "2025-02-01"));
        String body = post("/drg-case-batches", H001, Map.of("cases", batch)).expectStatus().isEqualTo(422)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"field\":\"cases[4].actualCost\"");
        Map<String, Object> duplicate = caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "1000", "2025-02-01");
        problem(post("/drg-case-batches", H001, Map.of("cases", List.of(duplicate, duplicate))), 422,
                "cases[1].hospitalCaseId");
        problem(post("/drg-case-batches", H001, Map.of("cases", List.of(
                caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "1000", "2025-02-01"),
                caseBody("SAMPLE-H001", "UNKNOWN", "EMPLOYEE", "1000", "2025-02-01")))), 422, "cases[1].groupCode");
        problem(post("/drg-case-batches", H001, Map.of("cases", List.of())), 422, "cases");

        assertThat(count("select count(*) from drg_case")).isEqualTo(cases);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
        assertThat(count("select coalesce(sum(drg_discharge_cases), 0) from drg_special_case_quota")).isEqualTo(quota);
    }

    @Test
    void aCaseReferenceIsSettledOnceAndAnIdempotentReplayReturnsTheFirstAnswer() {
        Map<String, Object> body = caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", "500", "2025-04-01");
        String key = "settle-" + UUID.randomUUID();
        String first = web.post().uri(API + "/drg-cases").header("Authorization", H001).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        long cases = count("select count(*) from drg_case");
        String replay = web.post().uri(API + "/drg-cases").header("Authorization", H001).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(replay).isEqualTo(first);
        post("/drg-cases", H001, body).expectStatus().isEqualTo(409);
        assertThat(count("select count(*) from drg_case")).isEqualTo(cases);
    }

    @Test
    void aBatchIsSettledInOneRequestAndReadBackByTheHospitalOnly() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(caseBody("SAMPLE-H001", i % 3 == 0 ? "SAMPLE-P01" : "SAMPLE-D01", "EMPLOYEE",
                    String.valueOf(10000 + i), "2025-05-01"));
        }
        JsonNode result = JSON.readTree(post("/drg-case-batches", H001, Map.of("cases", batch))
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
        String batchId = result.get("batchId").asString();
        assertThat(result.get("cases").asInt()).isEqualTo(300);
        assertThat(result.get("casesByMethod").get("DRG").asLong()).isEqualTo(200);
        assertThat(result.get("casesByMethod").get("PER_ITEM_WITH_DRG_SIMULATION").asLong()).isEqualTo(100);
        assertThat(count("select count(*) from drg_case where batch_id = '" + batchId + "'")).isEqualTo(300);
        assertThat(count("select count(*) from outbox_event where topic = 'medical.drg-case-settled.v1' "
                + "and payload->>'batchId' = '" + batchId + "'")).isEqualTo(300);
        web.get().uri(API + "/drg-case-batches/" + batchId).header("Authorization", H001).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.casesByMethod.DRG").isEqualTo(200);
        web.get().uri(API + "/drg-cases?batchId=" + batchId + "&size=10").header("Authorization", H001).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(300)
                .jsonPath("$.items.length()").isEqualTo(10);
        web.get().uri(API + "/drg-case-batches/" + batchId).header("Authorization", H002).exchange()
                .expectStatus().isNotFound();
        web.get().uri(API + "/drg-cases?batchId=" + batchId).header("Authorization", H002).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        web.get().uri(API + "/drg-cases?batchId=" + batchId).header("Authorization", BUREAU).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(300);
        web.get().uri(API + "/drg-cases?batchId=" + batchId).header("Authorization", ANY_ROLE).exchange()
                .expectStatus().isForbidden();
    }

    // =============================================================================================================
    // Special cases within the 5 % quota (四), under concurrent approvals
    // =============================================================================================================

    @Test
    void concurrentApprovalsNeverExceedTheFivePercentQuota() throws Exception {
        // 60 DRG discharge cases in 2026 (a year no other test uses): 5 % → at most 3 special cases
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            batch.add(caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", String.valueOf(70000 + i), "2026-03-01"));
        }
        String batchId = JSON.readTree(post("/drg-case-batches", H001, Map.of("cases", batch)).expectStatus()
                .isCreated().expectBody(String.class).returnResult().getResponseBody()).get("batchId").asString();
        JsonNode page = JSON.readTree(web.get().uri(API + "/drg-cases?batchId=" + batchId + "&size=100")
                .header("Authorization", BUREAU).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody());
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        assertThat(ids).hasSize(60);
        // the cases cost > 3 × 20425: all flagged high-cost candidates
        assertThat(page.get("items").get(0).get("highCostFlagged").asBoolean()).isTrue();
        web.get().uri(API + "/drg-special-case-quotas/2026").header("Authorization", BUREAU).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.drgDischargeCases").isEqualTo(60)
                .jsonPath("$.maximumApprovals").isEqualTo(3).jsonPath("$.mayApproveOneMore").isEqualTo(true);
        // the hospital asks for review of one case
        post("/drg-cases/" + ids.get(0) + "/special-case-requests", H001, Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.specialCaseStatus").isEqualTo("REQUESTED");

        int parallel = 20;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            String id = ids.get(i);
            String token = i % 2 == 0 ? BUREAU : BUREAU_2;
            outcomes.add(pool.submit(() -> {
                start.await();
                return web.post().uri(API + "/drg-cases/" + id + "/special-case-approvals")
                        .header("Authorization", token).exchange().returnResult(String.class).getStatus().value();
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new HashMap<>();
        for (Future<Integer> f : outcomes) {
            statuses.merge(f.get(), 1, Integer::sum);
        }
        pool.shutdown();
        assertThat(statuses).containsEntry(200, 3).containsEntry(409, parallel - 3).hasSize(2);
        assertThat(count("select approved_special_cases from drg_special_case_quota where year = 2026")).isEqualTo(3);
        assertThat(count("select count(*) from drg_case where special_case_status = 'APPROVED' "
                + "and method = 'SPECIAL_CASE_PER_ITEM' and batch_id = '" + batchId + "'")).isEqualTo(3);
        assertThat(count("select count(*) from outbox_event where topic = 'medical.drg-case-settled.v1' "
                + "and payload->>'batchId' = '" + batchId + "' and payload->>'revision' = '2'")).isEqualTo(3);

        // the refusal names its rule and article; an approved case is paid per item (its actual cost)
        post("/drg-cases/" + ids.get(40) + "/special-case-approvals", BUREAU, Map.of()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SPECIAL_CASE_QUOTA_EXHAUSTED")
                .jsonPath("$.basis[0].document").isEqualTo(DRG_2_0).jsonPath("$.basis[0].article").isEqualTo("四");
        JsonNode approved = JSON.readTree(web.get().uri(API + "/drg-cases?batchId=" + batchId
                        + "&specialCaseStatus=APPROVED").header("Authorization", H001).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).get("items").get(0);
        assertThat(approved.get("payment").decimalValue()).isEqualByComparingTo(approved.get("actualCost").decimalValue());
        assertThat(approved.get("revision").asInt()).isEqualTo(2);
        web.get().uri(API + "/drg-special-case-quotas/2026").header("Authorization", BUREAU).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.approvedSpecialCases").isEqualTo(3)
                .jsonPath("$.mayApproveOneMore").isEqualTo(false);
        // roles: a hospital may not approve; a per-item case cannot be a special case
        post("/drg-cases/" + ids.get(41) + "/special-case-approvals", H001, Map.of()).expectStatus().isForbidden();
        String perItem = JSON.readTree(post("/drg-cases", H001, caseBody("SAMPLE-H001", "SAMPLE-P01", "EMPLOYEE",
                "100", "2026-03-02")).expectStatus().isCreated().expectBody(String.class).returnResult()
                .getResponseBody()).get("id").asString();
        post("/drg-cases/" + perItem + "/special-case-approvals", BUREAU, Map.of()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_A_DRG_PAID_CASE");
    }

    // =============================================================================================================
    // Weights from historical cases (二(一), quartile trimming)
    // =============================================================================================================

    /** The hand-worked set of DrgWeightCalculationTest (R-7 quartiles, Tukey fences 1.5/1.5). */
    private static final String HAND_WORKED_CSV = """
            group_code,cost
            B,400
            A,100
            C,10
            A,500
            B,180
            A,102
            C,330
            A,104
            B,260
            A,106
            C,300
            A,108
            B,200
            A,110
            C,320
            A,112
            B,240
            A,114
            C,310
            B,220
            """;

    @Test
    void weightsOfTheHandWorkedSetThroughTheApi() {
        String body = web.post().uri(API + "/drg-weight-computations").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue(HAND_WORKED_CSV).exchange().expectStatus().isCreated().expectBody(String.class)
                .returnResult().getResponseBody();
        JsonNode result = JSON.readTree(body);
        assertThat(result.get("totalCases").asInt()).isEqualTo(20);
        assertThat(result.get("retainedCases").asInt()).isEqualTo(17);
        assertThat(result.get("overallTrimmedMean").decimalValue()).isEqualByComparingTo("189.18");
        assertThat(result.get("quartileMethod").asString()).contains("R-7");
        Map<String, JsonNode> groups = new LinkedHashMap<>();
        result.get("groups").forEach(g -> groups.put(g.get("groupCode").asString(), g));
        assertThat(groups.keySet()).containsExactly("A", "B", "C");
        assertGroup(groups.get("A"), "104", "112", "8", "92", "124", 8, "107.00", "0.5656");
        assertGroup(groups.get("B"), "205", "255", "50", "130", "330", 5, "220.00", "1.1629");
        assertGroup(groups.get("C"), "300", "320", "20", "270", "350", 4, "315.00", "1.6651");
        assertThat(body).contains("\"relativeWeight\":0.5656").contains("{\"document\":\"京医保发〔2024〕24号\","
                + "\"article\":\"二(一)\",\"parameters\":\"drg-weight-trimming@2025-01-01\"}");
        web.get().uri(API + "/drg-weight-computations/" + result.get("id").asString()).header("Authorization", BUREAU)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.groups[2].relativeWeight").isEqualTo(1.6651);
        web.post().uri(API + "/drg-weight-computations").header("Authorization", H001).contentType(CSV)
                .bodyValue(HAND_WORKED_CSV).exchange().expectStatus().isForbidden();
    }

    @Test
    void weightsFromStoredCasesAndBadWeightInputRefusedWithLineNumbers() {
        // cases settled in June 2025 only: one group at 1000 + i, one at 3000 + i (i = 0..9)
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(caseBody("SAMPLE-H001", "SAMPLE-D01", "EMPLOYEE", String.valueOf(1000 + i), "2025-06-10"));
            batch.add(caseBody("SAMPLE-H001", "SAMPLE-D02", "EMPLOYEE", String.valueOf(3000 + i), "2025-06-10"));
        }
        post("/drg-case-batches", H001, Map.of("cases", batch)).expectStatus().isCreated();
        // means 1004.5 and 3004.5, overall 2004.5: weights 0.5011 and 1.4989
        post("/drg-weight-computations", BUREAU, Map.of("dischargeFrom", "2025-06-01", "dischargeTo", "2025-06-30"))
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.totalCases").isEqualTo(20)
                .jsonPath("$.groups[0].groupCode").isEqualTo("SAMPLE-D01")
                .jsonPath("$.groups[0].relativeWeight").isEqualTo(0.5011)
                .jsonPath("$.groups[1].relativeWeight").isEqualTo(1.4989);

        long stored = count("select count(*) from drg_weight_computation");
        String bad = web.post().uri(API + "/drg-weight-computations").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue("group_code,cost\nA,100\nA,-1\n,5\nB,abc\nC,1.234\nD\n").exchange()
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(bad).contains("\"field\":\"line 3.cost\"").contains("\"field\":\"line 4.group_code\"")
                .contains("\"field\":\"line 5.cost\"").contains("\"field\":\"line 6.cost\"")
                .contains("\"field\":\"line 7\"");
        problem(web.post().uri(API + "/drg-weight-computations").header("Authorization", BUREAU).contentType(CSV)
                .bodyValue("group,amount\nA,1\n").exchange(), 422, "line 1");
        problem(post("/drg-weight-computations", BUREAU, Map.of("dischargeFrom", "2031-01-01",
                "dischargeTo", "2031-12-31")), 422, "dischargeFrom");
        problem(post("/drg-weight-computations", BUREAU, Map.of("dischargeFrom", "2025-06-30",
                "dischargeTo", "2025-06-01")), 422, "dischargeTo");
        assertThat(count("select count(*) from drg_weight_computation")).isEqualTo(stored);
    }

    // =============================================================================================================

    private static void assertGroup(JsonNode g, String q1, String q3, String iqr, String lower, String upper,
                                    int retained, String mean, String weight) {
        assertThat(g.get("q1").decimalValue()).isEqualByComparingTo(q1);
        assertThat(g.get("q3").decimalValue()).isEqualByComparingTo(q3);
        assertThat(g.get("iqr").decimalValue()).isEqualByComparingTo(iqr);
        assertThat(g.get("lowerFence").decimalValue()).isEqualByComparingTo(lower);
        assertThat(g.get("upperFence").decimalValue()).isEqualByComparingTo(upper);
        assertThat(g.get("retainedCases").asInt()).isEqualTo(retained);
        assertThat(g.get("trimmedMean").decimalValue()).isEqualByComparingTo(mean);
        assertThat(g.get("relativeWeight").decimalValue().toPlainString()).isEqualTo(weight);
    }

    private WebTestClient.BodyContentSpec drugPrice(String price, String standard, String quantity) {
        return post("/drug-price-evaluations", ANY_ROLE, Map.of("price", price, "paymentStandard", standard,
                "quantity", quantity)).expectStatus().isOk().expectBody();
    }

    private static Map<String, Object> drgBody(String weight, boolean specialty, String insurance, String cost,
                                               String discharge) {
        return Map.of("weight", weight, "infectiousDiseaseSpecialty", specialty, "insurance", insurance,
                "actualCost", cost, "dischargeDate", discharge);
    }

    private WebTestClient.BodyContentSpec drg(String weight, boolean specialty, String insurance, String cost,
                                              String discharge) {
        return post("/drg-payment-evaluations", H001, drgBody(weight, specialty, insurance, cost, discharge))
                .expectStatus().isOk().expectBody();
    }

    private WebTestClient.BodyContentSpec claimLine(Map<String, Object> body) {
        return post("/drug-claim-line-evaluations", H001, body).expectStatus().isOk().expectBody();
    }

    private WebTestClient.BodyContentSpec charge(String code, String price, String serviceDate, String billingDate) {
        Map<String, Object> body = new HashMap<>(Map.of("itemCode", code, "unitPrice", price, "serviceDate",
                serviceDate));
        if (billingDate != null) {
            body.put("billingDate", billingDate);
        }
        return post("/price-item-charge-checks", H001, body).expectStatus().isOk().expectBody();
    }

    static Map<String, Object> caseBody(String hospital, String group, String insurance, String cost,
                                        String discharge) {
        return Map.of("hospitalCaseId", "HC-" + UUID.randomUUID(), "hospitalCode", hospital, "groupCode", group,
                "insurance", insurance, "actualCost", cost, "dischargeDate", discharge);
    }

    private WebTestClient.BodyContentSpec settle(String token, Map<String, Object> body) {
        return post("/drg-cases", token, body).expectStatus().isCreated().expectBody();
    }

    private WebTestClient.ResponseSpec post(String path, String token, Object body) {
        return web.post().uri(API + path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private static void problem(WebTestClient.ResponseSpec response, int status, String field) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.type").exists()
                .jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
    }

    private long count(String sql) {
        return MedicalTestSupport.count(db, sql);
    }

    /** The calculators' examples in the OpenAPI document are policy cases, and the service answers them so. */
    @Test
    void calculatorExamplesOfTheDocumentAreTheServicesAnswersToPolicyCases() {
        CalculatorExampleChecks.verify(web, "medical-insurance", ANY_ROLE);
    }
}

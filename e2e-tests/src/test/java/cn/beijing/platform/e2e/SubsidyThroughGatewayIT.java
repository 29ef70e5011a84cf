package cn.beijing.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kindergarten subsidies through the gateway (issue 6, acceptance 3–5): application → eligibility → approval →
 * public notice (across National Day) → an objection holds the payment → withdrawn → payment scheduled → a later
 * fraud finding suspends from its discovery and, its deadline passed, disqualifies and orders the clawback; the three
 * events on Kafka; an assistance referral delivered twice opens one case; bad input names the field and writes
 * nothing. The deployed services read the real clock, so every business date is given explicitly (the shipped
 * working-day calendar is 2025's); closing the notice is evaluated today, after the window.
 */
class SubsidyThroughGatewayIT {

    private static final String API = "/api/subsidies";
    private static final String OFFICER = PlatformUnderTest.bearer("e2e-subsidy-officer", "e2e-yizhuang-education",
            "SUBSIDY_OFFICER");

    private final PlatformUnderTest platform = PlatformUnderTest.get();
    private final WebTestClient gateway = platform.gateway();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aKindergartenApplicationFromSubmissionToClawbackThroughTheGateway() throws SQLException {
        String organisation = "e2e-kg-" + UUID.randomUUID().toString().substring(0, 8);
        String applicant = PlatformUnderTest.bearer("e2e-kg-clerk", organisation, "APPLICANT");

        JsonNode kindergarten = expect(201, send(HttpMethod.POST, "/kindergartens", applicant, """
                {"name": "e2e 普惠幼儿园", "address": "北京经济技术开发区科创街1号", "classes": 3, "capacity": 90,
                 "monthlyFeeStandard": 750, "registeredOn": "2024-08-01",
                 "feeItems": [{"item": "保育教育费", "standard": 750, "unit": "元/月"}]}"""));
        String kg = kindergarten.path("id").asString();
        for (String child : List.of(
                "{\"childRef\": \"A\", \"birthDate\": \"2021-06-01\", \"enteredOn\": \"2024-09-01\", \"autumnIntake\": true}",
                "{\"childRef\": \"B\", \"birthDate\": \"2021-05-01\", \"enteredOn\": \"2024-09-01\"}",
                "{\"childRef\": \"G\", \"birthDate\": \"2019-03-01\", \"enteredOn\": \"2022-09-01\"}")) {
            expect(201, send(HttpMethod.POST, "/kindergartens/" + kg + "/children", applicant, child));
        }
        expect(200, send(HttpMethod.POST, "/kindergartens/" + kg + "/children/B/leaving", applicant,
                "{\"leftOn\": \"2025-02-10\"}"));
        expect(200, send(HttpMethod.POST, "/kindergartens/" + kg + "/graduations", applicant,
                "{\"graduatedOn\": \"2025-07-10\", \"childRefs\": [\"G\"]}"));

        // application and eligibility (京技管发〔2024〕30号 第十二条, 第十三条)
        JsonNode application = expect(201, send(HttpMethod.POST, "/kindergarten/applications", applicant, """
                {"kindergartenId": "%s", "year": 2025, "kinds": ["PER_CHILD"], "appliedOn": "2025-09-15",
                 "documents": ["OPERATING_LICENCE", "LEGAL_PERSON_CERTIFICATE", "CURRENT_FEE_STANDARD",
                   "FEE_COMMITMENT", "CHILDREN_ROSTER", "STAFF_ROSTER", "REGISTERED_BANK_ACCOUNT",
                   "APPLICATION_AND_CALCULATION"]}""".formatted(kg)));
        String id = application.path("id").asString();
        JsonNode reviewed = expect(200, send(HttpMethod.POST, "/kindergarten/applications/" + id + "/eligibility-review",
                OFFICER, """
                {"recognisedInclusive": true, "admissionsFollowPublicKindergartenRules": true, "records": [],
                 "meetsOperatingAndSafetyConditions": true, "annualInspection": {"year": 2024, "grade": "GOOD"},
                 "municipalSupervision": "QUALIFIED", "reviewedOn": "2025-09-15"}"""));
        assertThat(reviewed.path("eligible").asBoolean()).isTrue();
        // advances on the 2024-09-30 count (3) for Q1–Q2 and the 2025-03-31 count (2) for Q3–Q4 (第五条)
        assertThat(reviewed.path("amount").decimalValue()).isEqualByComparingTo("54000.00");
        expect(200, send(HttpMethod.POST, "/kindergarten/applications/" + id + "/decision", OFFICER,
                "{\"approve\": true, \"decidedOn\": \"2025-09-15\"}"));

        // public notice across National Day (第十四条), the publication day 9-26 not counted (民法典 第二百零一条):
        // make-up 9-28, 9-29, 9-30, 10-9, 10-10; payment from the make-up Saturday 10-11
        JsonNode notice = expect(201, send(HttpMethod.POST, "/kindergarten/notices", OFFICER,
                "{\"applicationIds\": [\"" + id + "\"], \"publishedOn\": \"2025-09-26\"}"));
        String noticeId = notice.path("id").asString();
        assertThat(notice.path("lastDay").asString()).isEqualTo("2025-10-10");
        assertThat(notice.path("earliestPaymentDay").asString()).isEqualTo("2025-10-11");

        // bad input: a blank objection names the field and writes nothing
        long before = rows();
        JsonNode bad = expect(422, send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/objections", OFFICER,
                "{\"applicationId\": \"" + id + "\", \"receivedOn\": \"2025-09-30\", \"summary\": \"\"}"));
        assertThat(bad.path("errors").get(0).path("field").asString()).isEqualTo("summary");
        assertThat(rows()).isEqualTo(before);

        // an objection during the window holds the payment; closing after the window leaves it held
        String objection = expect(201, send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/objections",
                OFFICER, "{\"applicationId\": \"" + id + "\", \"receivedOn\": \"2025-09-30\", \"summary\": \"e2e\"}"))
                .path("id").asString();
        JsonNode closed = expect(200, send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/close", OFFICER, null));
        assertThat(closed.path("entries").get(0).path("applicationStatus").asString()).isEqualTo("PAYMENT_HELD");

        // withdrawn: payment on the first working day after the window and the withdrawal
        expect(200, send(HttpMethod.POST, "/kindergarten/notices/" + noticeId + "/objections/" + objection
                + "/resolution", OFFICER, "{\"outcome\": \"WITHDRAWN\", \"resolvedOn\": \"2025-10-13\"}"));
        JsonNode paid = expect(200, send(HttpMethod.GET, "/kindergarten/applications/" + id, applicant, null));
        assertThat(paid.path("status").asString()).isEqualTo("PAYMENT_SCHEDULED");
        assertThat(paid.path("payment").path("scheduledOn").asString()).isEqualTo("2025-10-14");

        // fraud found after the payment: suspended from discovery; not rectified by the deadline → disqualified
        JsonNode finding = expect(201, send(HttpMethod.POST, "/kindergartens/" + kg + "/findings", OFFICER, """
                {"ground": "FINANCIAL_MISCONDUCT", "discoveredOn": "2025-11-03", "rectificationDeadline": "2025-11-14"}"""));
        assertThat(finding.path("decision").path("suspendedFrom").asString()).isEqualTo("2025-11-03");
        assertThat(finding.path("outcome").asString()).isEqualTo("DISQUALIFIED");
        assertThat(finding.path("decision").path("disqualifiedFrom").asString()).isEqualTo("2025-11-15");
        assertThat(finding.path("clawback").path("amount").decimalValue()).isEqualByComparingTo("54000.00");

        try (KafkaProbe probe = new KafkaProbe(platform.kafkaBootstrapServers(), "subsidy.public-notice-published.v1",
                "subsidy.payment-scheduled.v1", "subsidy.clawback-ordered.v1")) {
            for (String[] expected : List.of(new String[] {"subsidy.public-notice-published.v1", noticeId},
                    new String[] {"subsidy.payment-scheduled.v1", id}, new String[] {"subsidy.clawback-ordered.v1", kg})) {
                List<ConsumerRecord<String, byte[]>> records = probe.await(
                        r -> expected[0].equals(r.topic()) && expected[1].equals(r.key()), 1, Duration.ofSeconds(60));
                assertThat(records).as(expected[0]).hasSize(1);
                assertThat(KafkaProbe.header(records.get(0), "ce_type")).isEqualTo(expected[0]);
                String payload = new String(records.get(0).value(), StandardCharsets.UTF_8);
                assertThat(payload).doesNotContain("birthDate").doesNotContain("2021-06-01");
            }
        }
    }

    @Test
    void anAssistanceReferralDeliveredTwiceOpensOneCaseVisibleWithoutGuardianshipDetails() throws Exception {
        UUID referral = UUID.randomUUID();
        UUID assessment = UUID.randomUUID();
        String household = "HH-" + UUID.randomUUID();
        String body = """
                {"referralId": "%s", "assessmentId": "%s", "referringAgency": "e2e-xicheng-civil-affairs",
                 "householdReference": "%s", "kind": "GOVERNMENT_RELIEF",
                 "householdSituation": "NOT_YET_ELIGIBLE_FOR_GOVERNMENT_RELIEF", "need": "PRESCHOOL_EDUCATION_AID",
                 "districtCode": "110102", "subDistrictCode": "110102003",
                 "channel": "SUB_DISTRICT_OR_TOWNSHIP_RELIEF_AGENCY", "consentRecordedOn": "2025-04-20",
                 "referredOn": "2025-04-21", "basis": [{"document": "京民社救发〔2024〕111号", "article": "二(二)4"}]}"""
                .formatted(referral, assessment, household);
        String eventId = UUID.randomUUID().toString();
        UUID markerReferral = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 2; i++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("guardianship.assistance-referral.v1",
                        assessment.toString(), body.getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", "guardianship.assistance-referral.v1".getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
            // a marker on the same partition: once its case is open, both copies have been consumed
            ProducerRecord<String, byte[]> marker = new ProducerRecord<>("guardianship.assistance-referral.v1",
                    assessment.toString(), body.replace(referral.toString(), markerReferral.toString())
                            .replace(household, "HH-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
            marker.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            marker.headers().add("ce_type", "guardianship.assistance-referral.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(marker).get();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<JsonNode> mine = List.of();
        while (System.nanoTime() < deadline) {
            JsonNode cases = expect(200, send(HttpMethod.GET, "/assistance-cases", OFFICER, null));
            mine = new java.util.ArrayList<>();
            for (JsonNode c : cases) {
                if (household.equals(c.path("householdReference").asString())) {
                    ((java.util.ArrayList<JsonNode>) mine).add(c);
                }
            }
            if (!mine.isEmpty() && casesOf(markerReferral) == 1) {
                break;
            }
            sleep(200);
        }
        assertThat(mine).hasSize(1);
        assertThat(casesOf(referral)).isEqualTo(1);
        assertThat(inboxRows(eventId)).isEqualTo(1);
        assertThat(mine.get(0).path("need").asString()).isEqualTo("PRESCHOOL_EDUCATION_AID");
        assertThat(mine.get(0).toString()).doesNotContain(assessment.toString()).doesNotContain("京民儿福发");
        send(HttpMethod.GET, "/assistance-cases", PlatformUnderTest.bearer("e2e-kg", "e2e-kg", "APPLICANT"), null)
                .expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec send(HttpMethod method, String path, String token, String body) {
        WebTestClient.RequestBodySpec spec = gateway.method(method).uri(API + path).header("Authorization", token);
        return body == null ? spec.exchange() : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private JsonNode expect(int status, WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody());
    }

    private long rows() throws SQLException {
        return query("""
                select (select count(*) from kindergarten_application) + (select count(*) from public_notice)
                     + (select count(*) from objection) + (select count(*) from payment)
                     + (select count(*) from outbox_event) as n""");
    }

    private long casesOf(UUID referral) throws SQLException {
        return query("select count(*) as n from assistance_case where referral_id = '" + referral + "'");
    }

    private long inboxRows(String eventId) throws SQLException {
        return query("select count(*) as n from inbox_event where event_id = '" + eventId + "'");
    }

    private long query(String sql) throws SQLException {
        return platform.count(PlatformUnderTest.App.SUBSIDY, sql);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package cn.beijing.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.beijing.platform.test.KafkaProbe;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A family guardianship capacity assessment through the gateway (issue 4, acceptance 2–4): opened, every gate of
 * 京民儿福发〔2024〕103号 refusing out-of-order steps, the police referral on Kafka without personal data, the
 * assistance referral refused without consent and sent with it; other agencies and unassigned assessors get 404 and
 * every read is in the audit trail; bad input names the field and writes nothing.
 */
class GuardianshipThroughGatewayIT {

    private static final String BASE = "/api/guardianship/assessments";
    private static final String AGENCY = "e2e-xicheng-civil-affairs";
    static final String SUPERVISOR = PlatformUnderTest.bearer("e2e-sup", AGENCY, "GUARDIANSHIP_SUPERVISOR");
    private static final String OTHER_SUPERVISOR =
            PlatformUnderTest.bearer("e2e-sup-other", "e2e-dongcheng-civil-affairs", "GUARDIANSHIP_SUPERVISOR");
    static final String ASSESSOR = PlatformUnderTest.bearer("e2e-assessor-1", AGENCY, "GUARDIANSHIP_ASSESSOR");
    private static final String UNASSIGNED = PlatformUnderTest.bearer("e2e-assessor-9", AGENCY, "GUARDIANSHIP_ASSESSOR");
    private static final String REASON = "e2e review";
    private static final String BIRTH_DATE = "2015-09-14";

    private final PlatformUnderTest platform = PlatformUnderTest.get();
    private final WebTestClient gateway = platform.gateway();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAssessmentFromOpeningToReportThroughTheGateway() throws SQLException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String evidence = "e2e-evidence-" + marker;

        // bad input: a birth date in the future, an unknown property (a guardian's name) — nothing written
        long rowsBefore = rows();
        Map<String, Object> future = new HashMap<>(open(BIRTH_DATE));
        future.put("minorBirthDate", "2099-01-01");
        future.put("date", "2025-04-01");
        invalid(post(BASE, SUPERVISOR, future), 422, "minorBirthDate");
        Map<String, Object> named = new HashMap<>(open(BIRTH_DATE));
        named.put("guardians", List.of(Map.of("relationship", "FATHER", "name", "Li Si")));
        invalid(post(BASE, SUPERVISOR, named), 400, "guardians[0].name");
        assertThat(rows()).isEqualTo(rowsBefore);

        JsonNode opened = expect(201, post(BASE, SUPERVISOR, open(BIRTH_DATE)));
        String id = opened.path("id").asString();
        String path = BASE + "/" + id;
        expect(200, post(path + "/team-assignments", SUPERVISOR, Map.of("date", "2025-04-02", "mode", "SELF_ORGANISED",
                "members", List.of(
                        Map.of("subject", "e2e-assessor-1", "role", "AGENCY_STAFF", "conflictOfInterest", false),
                        Map.of("subject", "e2e-assessor-2", "role", "PSYCHOLOGY_PROFESSIONAL", "conflictOfInterest", false)))));

        // gates refusing out-of-order steps
        refused(post(path + "/visits", ASSESSOR, visit("2025-04-03")), "WRITTEN_NOTICE_MISSING", "第十条");
        refused(post(path + "/findings", ASSESSOR, findings("2025-04-03", evidence)), "NO_ONSITE_VISIT", "第九条");
        refused(post(path + "/report", ASSESSOR, report("2025-04-03")), "FINDINGS_NOT_RECORDED", "第十二条");
        refused(post(path + "/assistance-referrals", ASSESSOR, assistance("2025-04-03", true)), "REPORT_NOT_ISSUED", "第十二条");
        expect(200, post(path + "/written-notice", SUPERVISOR, Map.of("date", "2025-04-04")));
        invalid(post(path + "/visits", ASSESSOR, visit("2025-04-03")), 422, "date");
        expect(200, post(path + "/visits", ASSESSOR, visit("2025-04-05")));
        invalid(post(path + "/findings", ASSESSOR, Map.of("date", "2025-04-06", "findings", List.of(
                Map.of("indicatorCode", "X1", "adverse", true, "evidenceNote", evidence)))), 422, "findings[0].indicatorCode");
        JsonNode found = expect(200, post(path + "/findings", ASSESSOR, findings("2025-04-06", evidence)));
        assertThat(found.path("findings").path("overallRisk").asString()).isEqualTo("HIGH");
        String policeReferralId = found.path("policeReferrals").get(0).path("referralId").asString();
        JsonNode reported = expect(200, post(path + "/report", ASSESSOR, report("2025-04-07")));
        assertThat(reported.path("report").path("computedRisk").asString()).isEqualTo("HIGH");
        refused(post(path + "/fees", SUPERVISOR, Map.of("date", "2025-04-07", "amount", 50)), "FEE_NOT_PERMITTED", "第十六条");
        expect(200, post(path + "/problems-notice", ASSESSOR, Map.of("date", "2025-04-08")));
        refused(post(path + "/assistance-referrals", ASSESSOR, assistance("2025-04-09", false)),
                "CONSENT_NOT_RECORDED", "二(二)4");
        JsonNode referred = expect(200, post(path + "/assistance-referrals", ASSESSOR, assistance("2025-04-09", true)));
        String assistanceReferralId = referred.path("assistanceReferrals").get(0).path("referralId").asString();

        // confidentiality
        notFound(read(path, OTHER_SUPERVISOR, REASON));
        notFound(read(path, UNASSIGNED, null));
        notFound(read(path, PlatformUnderTest.bearer("e2e-ops", "MUNICIPAL", "OPS"), REASON));
        expect(200, read(path, ASSESSOR, null));
        expect(200, read(path, SUPERVISOR, REASON));
        JsonNode trail = expect(200, read(path + "/audit-trail", SUPERVISOR, REASON));
        List<String> reads = new ArrayList<>();
        trail.forEach(e -> {
            if (e.path("action").asString().equals("READ")) {
                reads.add(e.path("subject").asString() + " " + e.path("outcome").asString());
            }
        });
        assertThat(reads).containsExactly("e2e-sup-other NOT_FOUND", "e2e-assessor-9 NOT_FOUND", "e2e-ops NOT_FOUND",
                "e2e-assessor-1 DONE", "e2e-sup DONE");

        // the referrals on the broker: ids and categories, none of the minor's or the guardians' data
        try (KafkaProbe probe = new KafkaProbe(platform.kafkaBootstrapServers(), "guardianship.police-referral.v1",
                "guardianship.assistance-referral.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(60));
            assertThat(records).hasSize(2);
            for (ConsumerRecord<String, byte[]> record : records) {
                String raw = new String(record.value(), StandardCharsets.UTF_8);
                assertThat(raw).doesNotContain(BIRTH_DATE, "2015", "minorSex", "FATHER", "GRANDPARENT", marker,
                        "e2e-assessor", "REC-");
                if (record.topic().equals("guardianship.police-referral.v1")) {
                    assertThat(raw).contains(policeReferralId, "SERIOUS_HARM_TO_MINOR").doesNotContain("HH-");
                } else {
                    assertThat(raw).contains(assistanceReferralId, opened.path("householdReference").asString(),
                            "\"subDistrictCode\":\"110102001\"");
                }
            }
        }
    }

    static Map<String, Object> open(String birthDate) {
        return Map.of("date", "2025-04-01", "agency", "CIVIL_AFFAIRS", "trigger", "CHILD_IN_DIFFICULTY_IDENTIFICATION",
                "minorSex", "M", "minorBirthDate", birthDate,
                "guardians", List.of(Map.of("relationship", "FATHER"), Map.of("relationship", "GRANDPARENT")),
                "householdSubDistrictCode", "110102001");
    }

    static Map<String, Object> visit(String date) {
        return Map.of("date", date, "assessors", List.of(
                        Map.of("sex", "M", "credentialShown", true, "conflictOfInterest", false),
                        Map.of("sex", "F", "credentialShown", true, "conflictOfInterest", false)),
                "recordingReference", "REC-E2E-1", "minorViewsRecorded", true);
    }

    static Map<String, Object> findings(String date, String evidence) {
        return Map.of("date", date, "findings", List.of(
                        Map.of("indicatorCode", "A4.1.2", "adverse", true, "evidenceNote", evidence),
                        Map.of("indicatorCode", "A1.1", "adverse", false, "evidenceNote", evidence)),
                "policeReportGrounds", Map.of("seriousHarmToMinor", true, "otherSeriousInfringement", false,
                        "suspectedUnlawfulOrCriminal", true));
    }

    static Map<String, Object> report(String date) {
        return Map.of("date", date, "dutyProperlyFulfilled", false, "hasGuardianshipCapacity", false,
                "riskConclusion", "HIGH", "recommendations", List.of("临时监护 and family education guidance"));
    }

    static Map<String, Object> assistance(String date, boolean consent) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "kind", "GOVERNMENT_RELIEF",
                "householdSituation", "NOT_YET_ELIGIBLE_FOR_GOVERNMENT_RELIEF", "need", "BASIC_LIVING_RELIEF"));
        if (consent) {
            body.put("consent", Map.of("recordedOn", date, "reference", "E2E-CONSENT-1"));
        }
        return body;
    }

    private WebTestClient.ResponseSpec post(String uri, String token, Object body) {
        return gateway.post().uri(uri).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec read(String uri, String token, String reason) {
        WebTestClient.RequestHeadersSpec<?> spec = gateway.get().uri(uri).header("Authorization", token);
        if (reason != null) {
            spec = spec.header("X-Access-Reason", reason);
        }
        return spec.exchange();
    }

    private JsonNode expect(int status, WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody());
    }

    private void refused(WebTestClient.ResponseSpec response, String code, String article) {
        String raw = response.expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode body = json.readTree(raw);
        boolean found = false;
        for (JsonNode refusal : body.path("refusals")) {
            if (refusal.path("code").asString().equals(code)) {
                for (JsonNode basis : refusal.path("basis")) {
                    found |= basis.path("article").asString().equals(article);
                }
            }
        }
        assertThat(found).as("%s citing %s in %s", code, article, raw).isTrue();
        assertThat(raw).doesNotContain(BIRTH_DATE);
    }

    private void invalid(WebTestClient.ResponseSpec response, int status, String field) {
        String raw = response.expectStatus().isEqualTo(status).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> fields = new ArrayList<>();
        json.readTree(raw).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).as(raw).contains(field);
        assertThat(raw).doesNotContain(BIRTH_DATE, "Li Si");
    }

    private void notFound(WebTestClient.ResponseSpec response) {
        response.expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain(BIRTH_DATE));
    }

    /** Rows of the guardianship database's assessment tables and outbox. */
    private long rows() throws SQLException {
        return platform.count(PlatformUnderTest.App.GUARDIANSHIP, """
                select (select count(*) from assessment) + (select count(*) from assessment_event)
                     + (select count(*) from outbox_event) as n
                """);
    }
}

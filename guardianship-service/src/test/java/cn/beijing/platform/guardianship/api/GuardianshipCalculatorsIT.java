package cn.beijing.platform.guardianship.api;

import static cn.beijing.platform.guardianship.api.JsonTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.TestTokens;
import cn.beijing.platform.test.openapi.CalculatorExampleChecks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/guardianship/risk-evaluations} and {@code POST /api/guardianship/visit-checks} exactly as docs/API.md:
 * every indicator's risk level (read from the shipped 附件 catalogue), every team rule, with citations; bad input
 * names the field and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class GuardianshipCalculatorsIT extends GuardianshipServiceTests {

    private static final String MEASURES = "京民儿福发〔2024〕103号";
    private static final String RISK_EVALUATIONS = "/api/guardianship/risk-evaluations";
    private static final String VISIT_CHECKS = "/api/guardianship/visit-checks";
    /** Calculators: any authenticated role. */
    private static final String ANY_ROLE = TestTokens.bearer("ops-1", "platform-ops", "OPS");

    @Test
    void everyIndicatorAloneGivesItsOwnRiskLevel() throws IOException {
        Map<String, String> catalogue = catalogue();
        assertThat(catalogue).hasSize(48);
        for (Map.Entry<String, String> point : catalogue.entrySet()) {
            JsonNode body = riskOf(List.of(point.getKey()));
            String expected = point.getValue().toUpperCase();
            assertThat(body.path("overallRisk").asString()).as(point.getKey()).isEqualTo(expected);
            assertThat(texts(body.path("highRiskFindings")))
                    .isEqualTo(expected.equals("HIGH") ? List.of(point.getKey()) : List.of());
            assertThat(texts(body.path("mediumRiskFindings")))
                    .isEqualTo(expected.equals("MEDIUM") ? List.of(point.getKey()) : List.of());
            assertThat(body.path("basis").get(0).path("document").asString()).isEqualTo(MEASURES);
            assertThat(body.path("basis").get(0).path("article").asString()).isEqualTo("附件");
            assertThat(body.path("basis").get(0).path("parameters").asString()).startsWith("guardianship-indicators");
        }
        assertThat(catalogue.values()).containsOnly("low", "medium", "high");
        assertThat(catalogue.values().stream().filter("high"::equals).count()).isEqualTo(6);
        assertThat(catalogue.values().stream().filter("medium"::equals).count()).isEqualTo(8);
    }

    @Test
    void overallRiskIsTheHighestAmongTheAdverseFindings() {
        assertThat(riskOf(List.of()).path("overallRisk").asString()).isEqualTo("NONE");
        assertThat(riskOf(List.of("A1.1", "B5.2")).path("overallRisk").asString()).isEqualTo("LOW");
        JsonNode medium = riskOf(List.of("A1.1", "A2.2.3", "B2.2"));
        assertThat(medium.path("overallRisk").asString()).isEqualTo("MEDIUM");
        assertThat(texts(medium.path("mediumRiskFindings"))).containsExactly("A2.2.3", "B2.2");
        JsonNode high = riskOf(List.of("A1.1", "A2.2.3", "B2.3.1", "A2.2.2"));
        assertThat(high.path("overallRisk").asString()).isEqualTo("HIGH");
        assertThat(texts(high.path("highRiskFindings"))).containsExactly("B2.3.1", "A2.2.2");
        assertThat(texts(high.path("mediumRiskFindings"))).containsExactly("A2.2.3");
    }

    @Test
    void unknownIndicatorIsRefusedNamingItsPositionAndWritesNothing() {
        long rows = allRows();
        refused(post(RISK_EVALUATIONS, ANY_ROLE, Map.of("adverseFindings", List.of("A1.1", "Z9.9"))), 422,
                "adverseFindings[1]")
                .jsonPath("$.type").isEqualTo("urn:municipal-platform:problem:validation-failed");
        refused(post(RISK_EVALUATIONS, ANY_ROLE, Map.of()), 422, "adverseFindings");
        refused(post(RISK_EVALUATIONS, ANY_ROLE, "{\"adverseFindings\": \"A1.1\"}"), 400, "adverseFindings");
        web.post().uri(RISK_EVALUATIONS).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("adverseFindings", List.of())).exchange().expectStatus().isUnauthorized();
        assertThat(allRows()).isEqualTo(rows);
    }

    @Test
    void aCompliantTeamForAFemaleMinorOfEight() {
        JsonNode body = visitCheck("F", 8, List.of(assessor("F", true, false), assessor("M", true, false)));
        assertThat(body.path("compliant").asBoolean()).isTrue();
        assertThat(body.path("violations").size()).isZero();
        assertThat(body.path("minorInterviewRequired").asBoolean()).isTrue();
        assertThat(texts(body.path("basis"), "article")).contains("第十一条", "第七条");
    }

    @Test
    void theMinorIsInterviewedFromEightNotAtSeven() {
        JsonNode seven = visitCheck("M", 7, List.of(assessor("M", true, false), assessor("M", true, false)));
        assertThat(seven.path("compliant").asBoolean()).isTrue();
        assertThat(seven.path("minorInterviewRequired").asBoolean()).isFalse();
        JsonNode eight = visitCheck("M", 8, List.of(assessor("M", true, false), assessor("M", true, false)));
        assertThat(eight.path("minorInterviewRequired").asBoolean()).isTrue();
        JsonNode nine = visitCheck("M", 9, List.of(assessor("M", true, false), assessor("M", true, false)));
        assertThat(nine.path("minorInterviewRequired").asBoolean()).isTrue();
        assertThat(seven.path("basis").toString()).contains("minor-interview-age");
    }

    @Test
    void aFemaleMinorNeedsAFemaleAssessor() {
        JsonNode body = visitCheck("F", 10, List.of(assessor("M", true, false), assessor("M", true, false)));
        assertThat(body.path("compliant").asBoolean()).isFalse();
        assertThat(texts(body.path("violations"))).containsExactly("NO_FEMALE_ASSESSOR_FOR_FEMALE_MINOR");
        assertThat(body.path("breaches").get(0).path("basis").get(0).path("article").asString()).isEqualTo("第十一条");
        // a male minor with the same team is fine
        assertThat(visitCheck("M", 10, List.of(assessor("M", true, false), assessor("M", true, false)))
                .path("compliant").asBoolean()).isTrue();
    }

    @Test
    void fewerThanTwoAssessorsIsRefused() {
        JsonNode one = visitCheck("M", 5, List.of(assessor("M", true, false)));
        assertThat(texts(one.path("violations"))).containsExactly("FEWER_THAN_TWO_ASSESSORS");
        assertThat(one.path("breaches").get(0).path("basis").get(0).path("article").asString()).isEqualTo("第十一条");
        assertThat(one.path("breaches").get(0).path("basis").get(0).path("parameters").asString())
                .startsWith("minimum-visit-assessors");
        JsonNode none = visitCheck("F", 5, List.of());
        assertThat(texts(none.path("violations")))
                .containsExactly("FEWER_THAN_TWO_ASSESSORS", "NO_FEMALE_ASSESSOR_FOR_FEMALE_MINOR");
        JsonNode three = visitCheck("M", 5, List.of(assessor("M", true, false), assessor("M", true, false),
                assessor("F", true, false)));
        assertThat(three.path("compliant").asBoolean()).isTrue();
    }

    @Test
    void aMissingCredentialIsRefusedNamingTheAssessor() {
        JsonNode body = visitCheck("M", 12, List.of(assessor("M", true, false), assessor("F", false, false)));
        assertThat(texts(body.path("violations"))).containsExactly("CREDENTIAL_NOT_SHOWN");
        assertThat(body.path("breaches").get(0).path("field").asString()).isEqualTo("assessors[1].credentialShown");
        assertThat(body.path("breaches").get(0).path("basis").get(0).path("article").asString()).isEqualTo("第十一条");
    }

    @Test
    void aConflictOfInterestForcesRecusal() {
        JsonNode body = visitCheck("M", 12, List.of(assessor("M", true, true), assessor("F", true, false)));
        assertThat(body.path("compliant").asBoolean()).isFalse();
        assertThat(texts(body.path("violations"))).containsExactly("CONFLICT_OF_INTEREST_RECUSAL_REQUIRED");
        assertThat(body.path("breaches").get(0).path("field").asString()).isEqualTo("assessors[0].conflictOfInterest");
        assertThat(texts(body.path("breaches").get(0).path("basis"), "article")).contains("第七条");
    }

    @Test
    void badVisitCheckInputNamesTheField() {
        long rows = allRows();
        refused(post(VISIT_CHECKS, ANY_ROLE, Map.of("minorSex", "F", "minorAgeYears", 18, "assessors", List.of())),
                422, "minorAgeYears");
        refused(post(VISIT_CHECKS, ANY_ROLE, Map.of("minorSex", "F", "minorAgeYears", -1, "assessors", List.of())),
                422, "minorAgeYears");
        refused(post(VISIT_CHECKS, ANY_ROLE, Map.of("minorSex", "X", "minorAgeYears", 8, "assessors", List.of())),
                400, "minorSex");
        refused(post(VISIT_CHECKS, ANY_ROLE, Map.of("minorSex", "F", "minorAgeYears", 8,
                        "assessors", List.of(Map.of("sex", "F", "credentialShown", true)))), 422,
                "assessors[0].conflictOfInterest");
        assertThat(allRows()).isEqualTo(rows);
    }

    private JsonNode riskOf(List<String> codes) {
        return expect(200, post(RISK_EVALUATIONS, ANY_ROLE, Map.of("adverseFindings", codes)));
    }

    private JsonNode visitCheck(String minorSex, int age, List<Map<String, Object>> assessors) {
        return expect(200, post(VISIT_CHECKS, ANY_ROLE,
                Map.of("minorSex", minorSex, "minorAgeYears", age, "assessors", assessors)));
    }

    /** A problem+json whose first error names {@code field}. */
    private static WebTestClient.BodyContentSpec refused(WebTestClient.ResponseSpec response, int status, String field) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private static Map<String, Object> assessor(String sex, boolean credential, boolean conflict) {
        return Map.of("sex", sex, "credentialShown", credential, "conflictOfInterest", conflict);
    }

    /** Every row of the service's tables: a calculator writes nothing. */
    private long allRows() {
        return count("""
                select (select count(*) from assessment) + (select count(*) from assessment_event)
                     + (select count(*) from access_audit) + (select count(*) from outbox_event) as n
                """);
    }

    /** code → risk, from the shipped 附件 catalogue. */
    private static Map<String, String> catalogue() throws IOException {
        Map<String, String> points = new LinkedHashMap<>();
        try (InputStream in = GuardianshipCalculatorsIT.class.getClassLoader()
                .getResourceAsStream("policy/guardianship-indicators.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    String[] cells = lines[i].split(",");
                    points.put(cells[0], cells[cells.length - 1].trim());
                }
            }
        }
        return points;
    }

    /** The calculators' examples in the OpenAPI document are policy cases, and the service answers them so. */
    @Test
    void calculatorExamplesOfTheDocumentAreTheServicesAnswersToPolicyCases() {
        CalculatorExampleChecks.verify(web, "guardianship", ANY_ROLE);
    }
}

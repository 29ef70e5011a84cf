package cn.beijing.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import cn.beijing.platform.common.testapp.CommonTestApplication;
import cn.beijing.platform.test.RealInfrastructure;
import cn.beijing.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every kind of bad request gets RFC 9457 problem+json naming the field, 400/422, and writes nothing. */
@SpringBootTest(classes = CommonTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class ProblemResponsesIT extends NotesApiFixture {


    @LocalManagementPort
    int managementPort;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    private long notesBefore;

    @BeforeEach
    void countNotes() {
        notesBefore = notes();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(notes()).isEqualTo(notesBefore);
    }

    @Test
    void malformedJsonIs400NamingTheBody() {
        problem(post("{\"title\": \"x\", "), 400, "malformed-request")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void unknownEnumValueIs400NamingTheFieldAndTheAllowedValues() {
        post("{\"title\":\"x\",\"kind\":\"SOMETIMES\",\"amount\":1,\"onDate\":\"2025-01-01\"}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("kind")
                .jsonPath("$.errors[0].message").isEqualTo("must be one of [PLAIN, URGENT]");
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        post("{\"title\":\"x\",\"kind\":\"PLAIN\",\"amount\":\"lots\",\"onDate\":\"2025-01-01\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        post("{\"title\":\"x\",\"kind\":\"PLAIN\",\"amount\":1,\"onDate\":\"2025-13-45\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("onDate");
    }

    @Test
    void unknownPropertyIs400NamingIt() {
        post("{\"title\":\"x\",\"kind\":\"PLAIN\",\"amount\":1,\"onDate\":\"2025-01-01\",\"amuont\":2}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("amuont")
                .jsonPath("$.errors[0].message").isEqualTo("is not a field here: the fields are [amount, kind, onDate, title]");
    }

    @Test
    void missingBodyIs400() {
        web.post().uri("/notes").header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void constraintViolationsAre422ListingEveryField() {
        problem(post("{\"title\":\"\",\"kind\":\"PLAIN\",\"amount\":-1}"), 422, "validation-failed")
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field == 'title')]").exists()
                .jsonPath("$.errors[?(@.field == 'amount')]").exists()
                .jsonPath("$.errors[?(@.field == 'onDate')]").exists();
    }

    @Test
    void aPolicyInputErrorIs422NamingItsFieldPath() {
        problem(get("/notes/policy-input"), 422, "validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo("notes[0].amount")
                .jsonPath("$.errors[0].message").isEqualTo("must not be negative");
    }

    @Test
    void aRefusalIs409RuleViolationWithEveryRefusal() {
        problem(get("/notes/refusals"), 409, "rule-violation")
                .jsonPath("$.code").isEqualTo("NOTE_TOO_LATE")
                .jsonPath("$.basis.length()").isEqualTo(2)
                .jsonPath("$.refusals.length()").isEqualTo(2)
                .jsonPath("$.refusals[1].code").isEqualTo("NOTE_NOT_SIGNED")
                .jsonPath("$.refusals[1].basis[0].article").isEqualTo("第二条");
    }

    @Test
    void wrongQueryParameterTypeIs400NamingIt() {
        get("/notes/count?year=soon")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        get("/notes/count")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
    }

    @Test
    void wrongMediaTypeIs415() {
        web.post().uri("/notes").header("Authorization", TOKEN).contentType(MediaType.TEXT_PLAIN).bodyValue("hello")
                .exchange().expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownPathIs404Problem() {
        problem(get("/nothing-here"), 404, "not-found");
    }

    @Test
    void missingOrInvalidTokenIs401Problem() {
        problem(web.post().uri("/notes").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 401,
                "unauthenticated");
        web.post().uri("/notes").header("Authorization", "Bearer not-a-token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isUnauthorized();
        String forged = TestTokens.sign("another-key-of-at-least-thirty-two-bytes!!", "u", "A", java.util.List.of("OPS"),
                java.time.Instant.now().plusSeconds(60));
        web.post().uri("/notes").header("Authorization", "Bearer " + forged).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isUnauthorized();
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> refusedTokens() {
        return cn.beijing.platform.test.RefusedTokens.all().entrySet().stream()
                .map(e -> org.junit.jupiter.params.provider.Arguments.of(e.getKey(), e.getValue()));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("refusedTokens")
    void aTokenBreakingATokenRuleIs401Problem(String rule, String token) {
        web.post().uri("/notes").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"x\",\"kind\":\"PLAIN\",\"amount\":1,\"onDate\":\"2025-01-01\"}")
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "amount {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "1e2000000", "-1e2000000", "1e308", "1e-400",
            "1e15", "123456789012345678901234567890", "0.123456789", "NaN", "Infinity", "-Infinity" })
    void anUnboundedNumberIs422NamingTheFieldBeforeAnyArithmetic(String amount) {
        long started = System.nanoTime();
        post("{\"title\":\"x\",\"kind\":\"PLAIN\",\"amount\":" + amount + ",\"onDate\":\"2025-01-01\"}")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "amount {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "9999999999.99", "0.1", "-0", "12.50" })
    void aNumberWithinTheBoundsIsAccepted(String amount) {
        // -0 is zero, allowed by @PositiveOrZero
        post("{\"title\":\"bounded\",\"kind\":\"PLAIN\",\"amount\":" + amount + ",\"onDate\":\"2025-01-01\"}")
                .expectStatus().isCreated();
        notesBefore++;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "onDate {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "-0001-01-01", "0000-01-01", "1899-12-31", "2101-01-01",
            "+10000-01-01" })
    void aDateOutsideTheRangeIs422NamingTheField(String date) {
        post("{\"title\":\"x\",\"kind\":\"PLAIN\",\"amount\":1,\"onDate\":\"" + date + "\"}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("onDate");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "onDate {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "1900-01-01", "2100-12-31" })
    void theFirstAndLastDayOfTheRangeAreAccepted(String date) {
        post("{\"title\":\"dated\",\"kind\":\"PLAIN\",\"amount\":1,\"onDate\":\"" + date + "\"}")
                .expectStatus().isCreated();
        notesBefore++;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "title U+{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "0000", "0001", "001B", "007F", "0085", "000A", "0009",
            "FFFE", "D800" })
    void aControlCharacterInASingleLineTextIsRefusedNamingTheField(String codePoint) {
        post("{\"title\":\"a\\u" + codePoint + "b\",\"kind\":\"PLAIN\",\"amount\":1,\"onDate\":\"2025-01-01\"}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("title");
    }

    @Test
    void unicodeTextIsAccepted() {
        post("{\"title\":\"北京 🏫 café\",\"kind\":\"PLAIN\",\"amount\":1,\"onDate\":\"2025-01-01\"}")
                .expectStatus().isCreated();
        notesBefore++;
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedNamingTheField() {
        post("{\"title\":\"" + "x".repeat(4001) + "\",\"kind\":\"PLAIN\",\"amount\":1,\"onDate\":\"2025-01-01\"}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("title");
    }

    @Test
    void aControlCharacterInAQueryParameterOrHeaderIsRefusedNamingIt() {
        web.get().uri(java.net.URI.create("http://127.0.0.1:" + port + "/notes/count?year=2025&note=a%00b")).header("Authorization", TOKEN)
                .exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("note");
    }

    @Test
    void healthIsOpenAndCarriesNoDetails() {
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("platform_outbox_pending"));
        // the API port serves no Actuator endpoint
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        web.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
    }

    @Test
    void aServicesOwnAdviceHandlesItsOwnExceptionsBeforeTheLastResort() {
        get("/notes/limit")
                .expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo("urn:municipal-platform:problem:note-limit");
    }

    @Test
    void everyResponseCarriesARequestId() {
        web.get().uri("/nothing-here").header("Authorization", TOKEN).header("X-Request-Id", "abc-123").exchange()
                .expectHeader().valueEquals("X-Request-Id", "abc-123")
                .expectBody().jsonPath("$.requestId").isEqualTo("abc-123");
    }

    /** A problem+json answer of {@code status} whose type is {@code slug}; its body, for further checks. */
    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status, String slug) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:municipal-platform:problem:" + slug);
    }

    private WebTestClient.ResponseSpec get(String path) {
        return web.get().uri(path).header("Authorization", TOKEN).exchange();
    }

    private WebTestClient.ResponseSpec post(String json) {
        return web.post().uri("/notes").header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }

    private long notes() {
        return db.sql("select count(*) as n from note").map(r -> r.get("n", Long.class)).one().block(Duration.ofSeconds(10));
    }

    /** Actuator (probes, scrape endpoint) is served on the management port only. */
    private WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
    }
}

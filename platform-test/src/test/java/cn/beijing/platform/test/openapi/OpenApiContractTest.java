package cn.beijing.platform.test.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A response or an accepted request that breaks the document is a violation; one that keeps it is not. */
class OpenApiContractTest {

    private static final String DOCUMENT = """
            openapi: 3.1.0
            info: {title: grades, version: 1.0.0}
            paths:
              /api/grades:
                post:
                  operationId: grade
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/GradeRequest'}
                  responses:
                    "200":
                      description: OK
                      headers:
                        X-Request-Id: {$ref: '#/components/headers/X-Request-Id'}
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Grade'}
                    "422": {$ref: '#/components/responses/UnprocessableContent'}
              /api/grades/{id}:
                get:
                  operationId: read
                  responses:
                    "200":
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Grade'}
            components:
              headers:
                X-Request-Id: {required: true, schema: {type: string}}
              responses:
                UnprocessableContent:
                  description: invalid
                  content:
                    application/problem+json:
                      schema: {$ref: '#/components/schemas/Problem'}
              schemas:
                GradeRequest:
                  type: object
                  additionalProperties: false
                  required: [intensity]
                  properties:
                    intensity: {type: number, minimum: 0}
                    decisionDate: {type: string, format: date}
                    provisional: {type: boolean}
                    scope: {type: string, enum: [BUILDING, DISTRICT]}
                Grade:
                  type: object
                  additionalProperties: false
                  required: [grade]
                  properties:
                    grade: {type: integer, minimum: 1, maximum: 5}
                Problem:
                  type: object
                  required: [type, status]
                  properties:
                    type: {type: string, format: uri}
                    status: {type: integer}
            """;

    private final OpenApiContract contract = OpenApiContract.parse("grades.yaml", DOCUMENT);

    @Test
    void aResponseThatKeepsTheDocumentHasNoViolation() {
        assertThat(contract.violations(post("{\"intensity\": 54.01}", 200, json("{\"grade\": 5}"), true))).isEmpty();
        assertThat(contract.violations(post("{\"intensity\": -1}", 422, "application/problem+json",
                "{\"type\": \"urn:municipal-platform:problem:validation-failed\", \"status\": 422}", true))).isEmpty();
    }

    @Test
    void anUndocumentedFieldIsAViolation() {
        assertThat(contract.violations(post("{\"intensity\": 54.01}", 200, json("{\"grade\": 5, \"colour\": \"red\"}"), true)))
                .singleElement().asString().contains("response body", "colour");
    }

    @Test
    void aValueOutsideItsSchemaIsAViolation() {
        assertThat(contract.violations(post("{\"intensity\": 54.01}", 200, json("{\"grade\": 6}"), true)))
                .singleElement().asString().contains("response body", "grade");
    }

    @Test
    void anUndocumentedStatusIsAViolation() {
        assertThat(contract.violations(post("{\"intensity\": 54.01}", 409, "application/problem+json",
                "{\"type\": \"urn:x\", \"status\": 409}", true)))
                .singleElement().asString().contains("status not documented", "200, 422");
    }

    @Test
    void aMissingRequiredHeaderIsAViolation() {
        assertThat(contract.violations(post("{\"intensity\": 54.01}", 200, json("{\"grade\": 5}"), false)))
                .singleElement().asString().contains("X-Request-Id");
    }

    @Test
    void anUndocumentedMediaTypeIsAViolation() {
        assertThat(contract.violations(post("{\"intensity\": 54.01}", 422, "application/json", "{}", true)))
                .singleElement().asString().contains("media type application/json not documented");
    }

    @Test
    void aRequestTheServiceAcceptedAgainstTheDocumentIsAViolation() {
        // the document says intensity >= 0 and no other properties: a service that accepts this has looser rules
        assertThat(contract.violations(post("{\"intensity\": -3, \"extra\": true}", 200, json("{\"grade\": 1}"), true)))
                .hasSize(2)
                .allSatisfy(v -> assertThat(v).contains("accepted a request body that the document refuses"))
                .anySatisfy(v -> assertThat(v).contains("/intensity", "minimum"))
                .anySatisfy(v -> assertThat(v).contains("extra"));
    }

    /**
     * What a service may read more leniently than the document says (and the shared input rules allow), and the
     * value beside it that stays a violation, naming its field.
     */
    @ParameterizedTest(name = "{0} is leniency, {2} a violation")
    @CsvSource(delimiter = '|', textBlock = """
            a number sent as text            | {"intensity": "54.01"}                   | {"intensity": "high"}                       | /intensity
            a yes/no sent as text            | {"intensity": 54, "provisional": "true"} | {"intensity": 54, "provisional": "\\u0000"} | /provisional
            a number for text                | {"intensity": 54, "decisionDate": 3}     | {"intensity": 54, "decisionDate": [3]}      | /decisionDate
            a null the service accepted      | {"intensity": null}                      | {"intensity": true}                         | /intensity
            a null for a list of values      | {"intensity": 54, "scope": null}         | {"intensity": 54, "scope": "CITY"}          | /scope
            """)
    void leniencyIsNotAViolationButTheValueBesideItIs(String leniency, String lenient, String violating,
                                                     String field) {
        assertThat(contract.violations(post(lenient, 200, json("{\"grade\": 5}"), true))).isEmpty();
        assertThat(contract.violations(post(violating, 200, json("{\"grade\": 5}"), true)))
                .singleElement().asString().contains(field);
    }

    @Test
    void pathsAndMethodsTheDocumentDoesNotDescribeAreNotChecked() {
        assertThat(contract.violations(new OpenApiContract.Exchange("GET", "/actuator/health", null, null, 200,
                Map.of(), "application/json", "{\"status\": \"UP\"}".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(contract.violations(new OpenApiContract.Exchange("DELETE", "/api/grades", null, null, 405,
                Map.of(), null, new byte[0]))).isEmpty();
    }

    @Test
    void pathTemplatesMatchConcretePaths() {
        assertThat(contract.violations(new OpenApiContract.Exchange("GET", "/api/grades/42", null, null, 200, Map.of(),
                "application/json", "{\"grade\": \"five\"}".getBytes(StandardCharsets.UTF_8))))
                .singleElement().asString().contains("GET /api/grades/{id} → 200");
    }

    @Test
    void theFilterFailsTheTestsRequestOnAViolationAndPassesAKeptResponseOn() {
        ContractCheckingFilter filter = new ContractCheckingFilter(contract);
        ClientRequest request = ClientRequest.create(HttpMethod.GET, URI.create("http://service/api/grades/7")).build();
        ExchangeFunction broken = r -> Mono.just(ClientResponse.create(HttpStatus.CONFLICT)
                .header("Content-Type", "application/problem+json").body("{\"type\": \"urn:x\", \"status\": 409}").build());
        assertThatThrownBy(() -> filter.filter(request, broken).block())
                .extracting(Exceptions::unwrap)
                .isInstanceOf(AssertionError.class)
                .extracting(Throwable::getMessage).asString()
                .contains("breaks the OpenAPI contract grades.yaml", "GET /api/grades/{id} → 409: status not documented");

        ExchangeFunction kept = r -> Mono.just(ClientResponse.create(HttpStatus.OK)
                .header("Content-Type", "application/json")
                .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap("{\"grade\": 3}".getBytes(StandardCharsets.UTF_8))))
                .build());
        ClientResponse response = filter.filter(request, kept).block();
        assertThat(response.bodyToMono(String.class).block()).isEqualTo("{\"grade\": 3}");
    }

    private static OpenApiContract.Exchange post(String request, int status, String[] response, boolean requestId) {
        return post(request, status, response[0], response[1], requestId);
    }

    private static OpenApiContract.Exchange post(String request, int status, String contentType, String response,
            boolean requestId) {
        Map<String, List<String>> headers = requestId ? Map.of("X-Request-Id", List.of("r-1")) : Map.of();
        return new OpenApiContract.Exchange("POST", "/api/grades", request.getBytes(StandardCharsets.UTF_8),
                "application/json", status, headers, contentType, response.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] json(String body) {
        return new String[] { "application/json", body };
    }
}

package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a front-end developer finds at the local platform's gateway: the four services' OpenAPI documents under
 * {@code /v3/api-docs/<service>} (routed to each service's own {@code /v3/api-docs}, no copy), Swagger UI listing
 * them, and CORS for pages served from {@code http://localhost:*} (preflight answered without a token).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@ActiveProfiles("local")
class FrontEndContractLocalProfileIT extends StubRoutedGateway {


    @Autowired
    WebTestClient web;

    @ParameterizedTest
    @CsvSource({ "energy,/v3/api-docs", "guardianship,/v3/api-docs", "medical-insurance,/v3/api-docs",
            "subsidy,/v3/api-docs", "energy.yaml,/v3/api-docs.yaml", "subsidy.yaml,/v3/api-docs.yaml" })
    void routesEachDocumentToItsServiceWithoutAToken(String document, String servicePath) {
        web.get().uri("/v3/api-docs/" + document).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo(servicePath);
        assertThat(stub.lastByPath.get(servicePath).method()).isEqualTo("GET");
    }

    @Test
    void swaggerUiListsTheFourServices() {
        java.net.URI page = web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation();
        assertThat(page).as("where /swagger-ui.html sends the browser").isNotNull();
        web.get().uri(page.toString()).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        web.get().uri("/v3/gateway-api-docs/swagger-config").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").isEqualTo(List.of("energy-service", "guardianship-service",
                        "medical-insurance-service", "subsidy-service"))
                .jsonPath("$.urls[*].url").isEqualTo(List.of("/v3/api-docs/energy", "/v3/api-docs/guardianship",
                        "/v3/api-docs/medical-insurance", "/v3/api-docs/subsidy"));
    }

    @Test
    void answersAPreflightFromALocalPageWithoutAToken() {
        web.options().uri("/api/energy/grade-evaluations")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,idempotency-key,x-request-id")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, allowed -> assertThat(allowed.toLowerCase())
                        .contains("authorization", "content-type", "idempotency-key", "x-request-id"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods)
                        .contains("POST"));
        assertThat(stub.lastByPath).doesNotContainKey("/api/energy/grade-evaluations");
    }

    @Test
    void refusesAPreflightFromAnotherOrigin() {
        web.options().uri("/api/energy/grade-evaluations")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void exposesTheRequestIdToAnAllowedPageEvenOnA401() {
        web.get().uri("/api/energy/buildings").header(HttpHeaders.ORIGIN, "http://localhost:3000").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains("X-Request-Id", "Idempotent-Replayed", "Retry-After", "RateLimit-Policy"));
    }
}

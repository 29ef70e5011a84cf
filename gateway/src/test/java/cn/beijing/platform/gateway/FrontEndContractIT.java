package cn.beijing.platform.gateway;

import cn.beijing.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Outside the local profile: Swagger UI is off, the documents are served to authenticated callers only, and CORS
 * admits exactly the configured front-end origins ({@code PLATFORM_CORS_ORIGINS}).
 */
@AcceptsTestTokens
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "PLATFORM_CORS_ORIGINS=https://portal.agency.example, https://*.district.example" })
@AutoConfigureWebTestClient(timeout = "30s")
class FrontEndContractIT extends StubRoutedGateway {


    @Autowired
    WebTestClient web;

    @Test
    void servesTheDocumentsToAuthenticatedCallersOnly() {
        web.get().uri("/v3/api-docs/energy").exchange().expectStatus().isUnauthorized();
        web.get().uri("/v3/api-docs/energy")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("dev-1", "AGENCY", "ENERGY_OWNER")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.path").isEqualTo("/v3/api-docs");
    }

    @Test
    void hasNoSwaggerUi() {
        web.get().uri("/swagger-ui.html").exchange().expectStatus().isNotFound();
        web.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isNotFound();
    }

    @Test
    void admitsTheConfiguredOriginsOnly() {
        for (String origin : new String[] { "https://portal.agency.example", "https://haidian.district.example" }) {
            web.options().uri("/api/energy/scope-evaluations").header(HttpHeaders.ORIGIN, origin)
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST").exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
        web.options().uri("/api/energy/scope-evaluations").header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST").exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}

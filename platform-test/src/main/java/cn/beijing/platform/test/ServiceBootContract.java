package cn.beijing.platform.test;

import cn.beijing.platform.test.openapi.CommittedDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service shows once booted on its own database and the broker: it reports ready and live on its
 * management port, refuses a call without a token with a problem+json 401, and serves the OpenAPI document committed
 * in {@code docs/openapi/<documentName>.yaml}. A service's boot test extends it,
 * annotated {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @AutoConfigureWebTestClient @RealInfrastructure}.
 */
public abstract class ServiceBootContract {

    @Autowired
    protected WebTestClient web;
    @LocalManagementPort
    protected int managementPort;

    /** A path under the service's API, e.g. {@code /api/energy}. */
    protected abstract String apiRoot();

    /** The service's document in {@code docs/openapi} and at the gateway's {@code /v3/api-docs/<name>}. */
    protected abstract String documentName();

    @Test
    protected void bootsReadyAndRequiresAToken() {
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        web.get().uri(apiRoot() + "/anything").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    /** The HTTP contract: the document the service serves is the one committed (-Dopenapi.update=true rewrites it). */
    @Test
    protected void servesTheCommittedOpenApiDocument() {
        CommittedDocuments.assertServedIsCommitted(web, documentName());
    }

    /** Actuator (probes, scrape endpoint) is served on the management port only. */
    protected WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
    }
}

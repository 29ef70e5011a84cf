package cn.beijing.platform.test;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service shows once booted on its own database and the broker: it reports ready and live on its
 * management port, and refuses a call without a token with a problem+json 401. A service's boot test extends it,
 * annotated {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @AutoConfigureWebTestClient @RealInfrastructure}.
 */
public abstract class ServiceBootContract {

    @Autowired
    protected WebTestClient web;
    @LocalManagementPort
    protected int managementPort;

    /** A path under the service's API, e.g. {@code /api/energy}. */
    protected abstract String apiRoot();

    @Test
    protected void bootsReadyAndRequiresAToken() {
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        web.get().uri(apiRoot() + "/anything").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    /** Actuator (probes, scrape endpoint) is served on the management port only. */
    protected WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
    }
}

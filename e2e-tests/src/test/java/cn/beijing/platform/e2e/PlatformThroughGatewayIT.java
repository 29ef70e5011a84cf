package cn.beijing.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The deployed shape: every service answers through the gateway, with the caller's token and request id. */
class PlatformThroughGatewayIT {

    private final PlatformUnderTest platform = PlatformUnderTest.get();

    @ParameterizedTest
    @ValueSource(strings = { "energy", "guardianship", "medical-insurance", "subsidies" })
    void everyServiceIsReachableThroughTheGatewayWithAToken(String service) {
        String path = "/api/" + service + "/no-such-resource";
        platform.gateway().get().uri(path)
                .header("Authorization", PlatformUnderTest.bearer("ops-1", "MUNICIPAL", "OPS"))
                .header("X-Request-Id", "e2e-reach-" + service)
                .exchange()
                // the service itself answers (its problem document names the path and echoes the request id)
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Request-Id", "e2e-reach-" + service)
                .expectBody()
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.requestId").isEqualTo("e2e-reach-" + service);
    }

    @Test
    void withoutATokenTheGatewayAnswers401Problem() {
        platform.gateway().get().uri("/api/energy/buildings").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theLocalProfileIssuesTokensThatEveryServiceAccepts() {
        String token = platform.gateway().post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"subject\":\"clerk-9\",\"roles\":[\"OPS\"],\"agency\":\"MUNICIPAL\"}")
                .exchange().expectStatus().isOk()
                .expectBody(java.util.Map.class).returnResult().getResponseBody().get("token").toString();
        assertThat(token).isNotBlank();
        platform.gateway().get().uri("/api/subsidies/no-such-resource").header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isNotFound();
    }
}

package cn.beijing.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @Test
    void aCommandThroughTheGatewayReachesItsServiceAndItsEventCarriesTheSameRequestId() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String owner = PlatformUnderTest.bearer("owner-" + marker, "OWNER_CO", "ENERGY_OWNER");
        String authority = PlatformUnderTest.bearer("authority-" + marker, "MUNICIPAL", "ENERGY_AUTHORITY");
        Map<String, Object> building = Map.ofEntries(Map.entry("name", "Request-id tower " + marker),
                Map.entry("district", "e2e-rid-" + marker), Map.entry("buildingType", "OFFICE"),
                Map.entry("totalArea", 25000), Map.entry("publicArea", 22000), Map.entry("stateSecret", false),
                Map.entry("stateOrganOffice", false), Map.entry("yearBuilt", 2010), Map.entry("owner", "Owner " + marker));
        String id = platform.gateway().post().uri("/api/energy/buildings").header("Authorization", owner)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(building)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        platform.gateway().put().uri("/api/energy/intensity-limits/2024").header("Authorization", authority)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(List.of(Map.of("buildingType", "OFFICE", "guideValue", 20, "constraintValue", 30),
                        Map.of("buildingType", "HOTEL", "guideValue", 30, "constraintValue", 45)))
                .exchange().expectStatus().isOk();
        platform.gateway().put().uri("/api/energy/buildings/" + id + "/consumption/2024").header("Authorization", owner)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("consumption", List.of(Map.of("carrier", "ELECTRICITY", "quantity", 3000000))))
                .exchange().expectStatus().isOk();

        // the client sends no request id: the gateway creates one, returns it, and it travels with the event
        String requestId = platform.gateway().post().uri("/api/energy/buildings/" + id + "/ratings/2024")
                .header("Authorization", owner)
                .exchange().expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(requestId).isNotBlank();
        try (KafkaProbe probe = new KafkaProbe(platform.kafkaBootstrapServers(), "energy.building-rated.v1")) {
            List<ConsumerRecord<String, byte[]>> rated = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(60));
            assertThat(rated).hasSize(1);
            assertThat(KafkaProbe.header(rated.get(0), "x-request-id")).isEqualTo(requestId);
            assertThat(KafkaProbe.header(rated.get(0), "ce_type")).isEqualTo("energy.building-rated.v1");
            assertThat(KafkaProbe.header(rated.get(0), "ce_source")).isEqualTo("/municipal-platform/energy-service");
        }
    }
}

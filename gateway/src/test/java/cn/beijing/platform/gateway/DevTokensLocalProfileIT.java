package cn.beijing.platform.gateway;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/** In the local profile a developer gets a signed token from the gateway and can call a route with it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("local")
class DevTokensLocalProfileIT extends StubRoutedGateway {


    @Autowired
    WebTestClient web;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void issuesATokenTheGatewayAccepts() {
        Map<?, ?> issued = web.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "u1", "roles", java.util.List.of("ENERGY_OWNER"), "agency", "DISTRICT_HAIDIAN"))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        web.get().uri("/api/energy/buildings").header("Authorization", "Bearer " + issued.get("token")).exchange()
                .expectStatus().isOk();
    }

    @Test
    void issuesTokensThatKeepTheTokenRules() {
        Map<?, ?> issued = web.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "u2", "roles", java.util.List.of("OPS")))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        String[] parts = issued.get("token").toString().split("\\.");
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = tools.jackson.databind.json.JsonMapper.builder().build().readValue(
                java.util.Base64.getUrlDecoder().decode(parts[1]), Map.class);
        org.assertj.core.api.Assertions.assertThat(claims).containsKeys("exp", "iat", "iss", "aud", "sub", "roles");
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        org.assertj.core.api.Assertions.assertThat(lifetime).isPositive().isLessThanOrEqualTo(8 * 3600);
    }

    @Test
    void answersAWrongContentTypeAndAnOversizedBodyWithProblems() {
        web.post().uri("/dev/tokens").contentType(MediaType.TEXT_PLAIN).bodyValue("subject=u1")
                .exchange().expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(415).jsonPath("$.type").exists();
        // on a socket: the gateway answers 413 from the Content-Length and closes without reading the body, which an
        // HTTP client still sending the body may report as a closed connection instead of the answer
        byte[] huge = ("{\"subject\":\"" + "u".repeat(2 * 1024 * 1024) + "\",\"roles\":[\"OPS\"]}")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        RawHttp.Response tooLarge = RawHttp.send(port, "POST /dev/tokens HTTP/1.1\r\nHost: gateway\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + huge.length + "\r\n", huge);
        GatewayBoundsIT.assertProblem(tooLarge, 413, "content-too-large");
    }

    @Test
    void refusesAMalformedTokenRequestNamingTheField() {
        web.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "u1", "roles", java.util.List.of()))
                .exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("roles");
    }
}

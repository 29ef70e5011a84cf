package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** With no front-end origin configured (the default outside the local profile) CORS allows nothing. */
class FrontEndCorsTest {

    @Test
    void allowsNoOriginWhenNoneIsConfigured() {
        MockServerWebExchange preflight = MockServerWebExchange.from(MockServerHttpRequest
                .options("http://gateway.example/api/energy/scope-evaluations")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"));
        AtomicBoolean passedOn = new AtomicBoolean();
        new FrontEndCors(List.of(" ", ""), JsonMapper.builder().build())
                .filter(preflight, exchange -> {
                    passedOn.set(true);
                    return Mono.empty();
                }).block();
        // not answered as CORS: it goes on to authentication like any request without a token
        assertThat(passedOn).isTrue();
        assertThat(preflight.getResponse().getHeaders().getAccessControlAllowOrigin()).isNull();
    }
}

package cn.beijing.platform.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

/** The shared components survive springdoc's copy of the document bean and are written as OpenAPI 3.1. */
class SharedComponentsTest {

    @Test
    void areCopiedWithoutLossAndWrittenAsOpenApi31() throws Exception {
        OpenAPI document = new OpenAPI().components(SharedComponents.components());
        // springdoc copies the OpenAPI bean through JSON with swagger-core's default mapper before each build
        OpenAPI copy = Json.mapper().readValue(Json.mapper().writeValueAsString(document), OpenAPI.class);
        String written = Json31.pretty(copy);
        assertThat(written)
                .contains("\"Problem\"", "\"FieldError\"", "\"Basis\"", "\"RefusedGate\"")
                .contains("\"bearer-jwt\"", "\"Idempotency-Key\"", "\"X-Request-Id\"", "\"ServiceUnavailable\"");
        assertThat(Json31.mapper().readTree(written).at("/components/headers/Retry-After/schema/type").asText())
                .isEqualTo("integer");
        assertThat(Json31.mapper().readTree(written).at("/components/schemas/Problem/additionalProperties").asBoolean(true))
                .isFalse();
    }
}

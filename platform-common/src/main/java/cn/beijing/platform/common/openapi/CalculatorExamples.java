package cn.beijing.platform.common.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Examples of the calculators, one per operation, from {@code openapi/examples.json} of the service (absent: none).
 * Each names the policy case it was taken from ({@code src/test/resources/policy-cases}); the service's
 * {@code CalculatorExamplesIT} checks that its request is that case's input and that the calculator answers it with
 * exactly its response, so an example cannot drift from the rules.
 *
 * <pre>{"calculatorGrade": {"case": "energy-grade.yaml: exactly the guide value is grade 1",
 *   "parameters": {"decisionDate": "2025-06-01"}, "request": {...}, "status": 200, "response": {...}}}</pre>
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CalculatorExamples {

    public static final String RESOURCE = "openapi/examples.json";

    /** One example: the case it comes from, query parameters, request body, status and response body. */
    public record CalculatorExample(String source, Map<String, Object> parameters, Object request, int status,
                                    Object response) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Map<String, CalculatorExample> byOperation;

    public static CalculatorExamples fromClasspath() {
        Resource resource = new ClassPathResource(RESOURCE);
        if (!resource.exists()) {
            return new CalculatorExamples(Map.of());
        }
        try (InputStream in = resource.getInputStream()) {
            return new CalculatorExamples(read(JSON.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, CalculatorExample> read(JsonNode document) {
        Map<String, CalculatorExample> examples = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : document.properties()) {
            JsonNode example = entry.getValue();
            Map<String, Object> parameters = example.has("parameters")
                    ? JSON.convertValue(example.get("parameters"), Map.class) : Map.of();
            Object request = example.has("request") ? JSON.convertValue(example.get("request"), Object.class) : null;
            Object response = JSON.convertValue(example.get("response"), Object.class);
            examples.put(entry.getKey(), new CalculatorExample(example.get("case").asString(), parameters, request,
                    example.path("status").asInt(200), response));
        }
        return examples;
    }

    public Map<String, CalculatorExample> byOperation() {
        return byOperation;
    }

    void addTo(OpenAPI openApi) {
        if (byOperation.isEmpty() || openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::addTo));
    }

    private void addTo(Operation operation) {
        CalculatorExample example = byOperation.get(operation.getOperationId());
        if (example == null) {
            return;
        }
        String summary = "Policy case: " + example.source();
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.get$ref() == null && example.parameters().containsKey(parameter.getName())) {
                    parameter.setExample(example.parameters().get(parameter.getName()));
                }
            }
        }
        if (example.request() != null && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            addTo(operation.getRequestBody().getContent(), summary, example.request());
        }
        ApiResponse response = operation.getResponses() == null ? null
                : operation.getResponses().get(Integer.toString(example.status()));
        if (response != null && response.getContent() != null) {
            addTo(response.getContent(), summary, example.response());
        }
    }

    private static void addTo(Content content, String summary, Object value) {
        for (MediaType mediaType : content.values()) {
            mediaType.addExamples("policyCase", new Example().summary(summary).value(value));
        }
    }
}

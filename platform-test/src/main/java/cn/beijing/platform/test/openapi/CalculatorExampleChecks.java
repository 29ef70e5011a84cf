package cn.beijing.platform.test.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the calculators' examples of a service's document ({@code src/main/resources/openapi/examples.json}) true:
 * each example names a policy case ({@code "<file>: <case name>"} in {@code src/test/resources/policy-cases}); its
 * request must carry that case's input (and decision date), and the live calculator must answer it with exactly the
 * example's status and response, which must agree with what the case expects. {@code -Dopenapi.update=true}
 * rewrites the responses from the live answers (then regenerate the document, see {@link CommittedDocuments}).
 *
 * <pre>{"calculatorGrade": {"case": "energy-grade.yaml: exactly the guide value is grade 1",
 *   "rename": {"decisionDate": "dischargeDate"}, "parameters": {...}, "request": {...}, "status": 200,
 *   "note": "why an input of the case is renamed or not sent (renamed to \"\")",
 *   "response": {...}}}</pre>
 */
public final class CalculatorExampleChecks {

    static final String EXAMPLES = "src/main/resources/openapi/examples.json";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CalculatorExampleChecks() {
    }

    /** Checks every example of the service whose document is {@code service}, calling it with {@code bearer}. */
    public static void verify(WebTestClient client, String service, String bearer) {
        // a cold service on a shared machine may answer its first calls slowly
        WebTestClient web = client.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
        Path file = Path.of(EXAMPLES);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no calculator examples at " + file.toAbsolutePath());
        }
        ObjectNode examples = (ObjectNode) JSON.readTree(CommittedDocuments.read(file));
        JsonNode document = OpenApiContract.of(CommittedDocuments.directory().orElseThrow()
                .resolve(service + ".yaml")).document();
        List<String> problems = new ArrayList<>();
        boolean update = Boolean.getBoolean(CommittedDocuments.UPDATE_PROPERTY);
        for (Map.Entry<String, JsonNode> entry : examples.properties()) {
            String operationId = entry.getKey();
            ObjectNode example = (ObjectNode) entry.getValue();
            String[] operation = find(document, operationId);
            if (operation == null) {
                problems.add(operationId + ": no such operation in " + service + ".yaml");
                continue;
            }
            JsonNode policyCase = policyCase(example.path("case").asString());
            if (policyCase == null) {
                problems.add(operationId + ": no policy case " + example.path("case").asString());
                continue;
            }
            problems.addAll(inputKept(operationId, policyCase, example));
            JsonNode answer = call(web, bearer, operation, example);
            int status = answer.path("status").asInt();
            JsonNode body = answer.path("body");
            if (update) {
                example.put("status", status);
                example.set("response", body);
            } else {
                if (status != example.path("status").asInt(200)) {
                    problems.add(operationId + ": answered " + status + ", the example says "
                            + example.path("status").asInt(200));
                }
                if (!equal(body, example.path("response"))) {
                    problems.add(operationId + ": the live answer differs from the example's response:\n    live:    "
                            + body + "\n    example: " + example.path("response"));
                }
            }
            problems.addAll(expectedKept(operationId, policyCase.path("expected"), body));
        }
        if (update) {
            CommittedDocuments.write(file, JSON.writeValueAsString(examples) + "\n");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Calculator examples of " + service + ":\n  - " + String.join("\n  - ", problems));
        }
    }

    /** {path, method} of the operation. */
    private static String[] find(JsonNode document, String operationId) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (operationId.equals(method.getValue().path("operationId").asString(null))) {
                    return new String[] { path.getKey(), method.getKey() };
                }
            }
        }
        return null;
    }

    private static JsonNode policyCase(String reference) {
        int colon = reference.indexOf(": ");
        if (colon < 0) {
            return null;
        }
        String file = reference.substring(0, colon);
        String name = reference.substring(colon + 2);
        JsonNode cases = yaml(Path.of("src/test/resources/policy-cases", file)).path("cases");
        for (JsonNode c : cases) {
            if (name.equals(c.path("name").asString())) {
                return c;
            }
        }
        return null;
    }

    /** Every input of the case (and its decision date) is in the request body or its query parameters. */
    private static List<String> inputKept(String operationId, JsonNode policyCase, JsonNode example) {
        List<String> problems = new ArrayList<>();
        ObjectNode input = policyCase.path("input").isObject() ? ((ObjectNode) policyCase.path("input")).deepCopy()
                : JSON.createObjectNode();
        JsonNode date = policyCase.has("decisionDate") ? policyCase.get("decisionDate") : policyCase.get("decision_date");
        if (date != null) {
            input.set("decisionDate", date);
        }
        for (Map.Entry<String, JsonNode> field : input.properties()) {
            String name = example.path("rename").path(field.getKey()).asString(field.getKey());
            if (name.isEmpty()) {
                continue; // the calculator takes no such input (its "note" says why)
            }
            JsonNode sent = example.path("request").has(name) ? example.path("request").get(name)
                    : example.path("parameters").get(name);
            if (sent == null || !equal(sent, field.getValue())) {
                problems.add(operationId + ": the request does not carry the case's " + field.getKey() + " = "
                        + field.getValue() + " (sent: " + sent + ")");
            }
        }
        return problems;
    }

    /** What the case expects, where the response has that field, holds in the response. */
    private static List<String> expectedKept(String operationId, JsonNode expected, JsonNode response) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            JsonNode actual = response.get(field.getKey());
            if (actual == null || field.getKey().equals("basis") || !comparable(actual, field.getValue())) {
                continue; // the API answers with more than the policy's decision (objects where a case lists amounts)
            }
            if (!equal(actual, field.getValue())) {
                problems.add(operationId + ": the response's " + field.getKey() + " = " + actual + ", the case expects "
                        + field.getValue());
            }
        }
        return problems;
    }

    private static JsonNode call(WebTestClient web, String bearer, String[] operation, JsonNode example) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(operation[0]);
        example.path("parameters").properties().forEach(p -> uri.queryParam(p.getKey(), p.getValue().asString()));
        WebTestClient.RequestBodySpec request = web.method(HttpMethod.valueOf(operation[1].toUpperCase(Locale.ROOT)))
                .uri(uri.build().toUriString())
                .header(HttpHeaders.AUTHORIZATION, bearer);
        WebTestClient.RequestHeadersSpec<?> ready = example.has("request")
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(JSON.writeValueAsString(example.get("request")))
                : request;
        EntityExchangeResult<byte[]> result = ready.exchange().expectBody().returnResult();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("status", result.getStatus().value());
        byte[] body = result.getResponseBody();
        answer.set("body", body == null ? JSON.getNodeFactory().nullNode() : JSON.readTree(new String(body, StandardCharsets.UTF_8)));
        return answer;
    }

    /** Both plain values, or both arrays of plain values. */
    private static boolean comparable(JsonNode a, JsonNode b) {
        if (a.isValueNode() && b.isValueNode()) {
            return true;
        }
        if (a.isArray() && b.isArray()) {
            for (JsonNode element : a) {
                if (!element.isValueNode()) {
                    return false;
                }
            }
            for (JsonNode element : b) {
                if (!element.isValueNode()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** JSON equality with numbers compared by value ({@code 60} equals {@code 60.00}) and text against numbers. */
    static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() || b.isNumber()) {
            if (!a.isValueNode() || !b.isValueNode()) {
                return false;
            }
            try {
                return new BigDecimal(a.asString()).compareTo(new BigDecimal(b.asString())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<String> names = a.propertyNames().iterator(); names.hasNext();) {
                String name = names.next();
                if (!b.has(name) || !equal(a.get(name), b.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static JsonNode yaml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readTree(new ObjectMapper(new YAMLFactory()).readTree(in).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

package cn.beijing.platform.test.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a request got: status, content type, body and how long it took.
 *
 * @param contentType {@code null} when the response had none
 */
public record ApiResponse(String request, int status, MediaType contentType, String body, Duration elapsed) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public boolean problem() {
        return contentType != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(contentType);
    }

    public JsonNode json() {
        return JSON.readTree(body == null || body.isEmpty() ? "null" : body);
    }

    /** The {@code field}s of a problem's {@code errors}. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        if (problem()) {
            json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        }
        return fields;
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
        return request + " → " + status + " " + contentType + " in " + elapsed.toMillis() + " ms: " + shown;
    }
}

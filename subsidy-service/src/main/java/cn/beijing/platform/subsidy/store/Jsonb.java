package cn.beijing.platform.subsidy.store;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes values to {@code jsonb} columns (bound as text, cast in SQL) and reads them back as JSON trees. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Jsonb {

    private final JsonMapper json;

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    public JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }

    public JsonNode toTree(Object value) {
        return value == null ? null : json.valueToTree(value);
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        return node == null || node.isNull() || node.isMissingNode() ? null : json.treeToValue(node, type);
    }

    public <T> T read(String text, Class<T> type) {
        return text == null ? null : json.readValue(text, type);
    }
}

package cn.beijing.platform.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small JSON helpers for the API tests: single-quoted JSON literals and JSON-pointer expectations. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** {@code {'a': 1}} → {@code {"a": 1}}: JSON literals readable inside Java strings. */
    static String q(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    /** Each pair is a JSON pointer and its expected value (numbers compared by value, e.g. 1800 = 1800.00). */
    static void expect(JsonNode body, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            String pointer = (String) pairs[i];
            Object expected = pairs[i + 1];
            JsonNode actual = body.at(pointer);
            assertThat(actual.isMissingNode()).as("%s present in %s", pointer, body).isFalse();
            if (expected instanceof Boolean b) {
                assertThat(actual.asBoolean()).as(pointer).isEqualTo(b);
            } else if (expected instanceof Number || (expected instanceof String s && actual.isNumber()
                    && s.matches("-?[0-9.]+"))) {
                assertThat(actual.decimalValue()).as("%s in %s", pointer, body)
                        .isEqualByComparingTo(new BigDecimal(expected.toString()));
            } else if (expected == null) {
                assertThat(actual.isNull()).as(pointer).isTrue();
            } else {
                assertThat(actual.asString()).as("%s in %s", pointer, body).isEqualTo(expected.toString());
            }
        }
    }

    /** The {@code field} of every entry of the problem's {@code errors}. */
    static List<String> errorFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    /** document + " " + article of every basis entry. */
    static List<String> citations(JsonNode basis) {
        List<String> citations = new ArrayList<>();
        basis.forEach(b -> citations.add(b.path("document").asString() + " " + b.path("article").asString()));
        return citations;
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

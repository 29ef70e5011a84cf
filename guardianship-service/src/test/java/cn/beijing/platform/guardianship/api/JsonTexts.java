package cn.beijing.platform.guardianship.api;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The texts the integration tests read from the service's JSON answers. */
final class JsonTexts {

    private JsonTexts() {
    }

    /** The texts of a JSON array. */
    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    /** One text field of each element of a JSON array: the articles of a basis, the codes of the refusals… */
    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asString()));
        return values;
    }
}

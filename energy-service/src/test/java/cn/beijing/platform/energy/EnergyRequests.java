package cn.beijing.platform.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.test.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tokens, request bodies, row counts and the reading of answers shared by the integration tests. */
public final class EnergyRequests {

    public static final String OWNER = TestTokens.bearer("owner-1", "OWNER_CO_1", "ENERGY_OWNER");
    public static final String OTHER_OWNER = TestTokens.bearer("owner-2", "OWNER_CO_2", "ENERGY_OWNER");
    public static final String DISTRICT = TestTokens.bearer("district-1", "HAIDIAN", "ENERGY_DISTRICT");
    public static final String AUTHORITY = TestTokens.bearer("authority-1", "MUNICIPAL", "ENERGY_AUTHORITY");
    public static final String STATISTICS = TestTokens.bearer("stats-1", "STATISTICS_BUREAU", "STATISTICS");
    public static final String UTILITY = TestTokens.bearer("grid-1", "STATE_GRID_BEIJING", "ENERGY_UTILITY");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebTestClient web;
    private final DatabaseClient db;

    public EnergyRequests(WebTestClient web, DatabaseClient db) {
        // the first requests of a context warm up lazily initialised parts; shared CPUs can make them slow
        this.web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        this.db = db;
    }

    public WebTestClient client() {
        return web;
    }

    /** A large office building (30000 m², 24000 m² public use), built 2010, in scope of rating and statistics. */
    public static Map<String, Object> largeOffice(String name, String district) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("district", district);
        body.put("buildingType", "OFFICE");
        body.put("totalArea", 30000);
        body.put("publicArea", 24000);
        body.put("stateSecret", false);
        body.put("stateOrganOffice", false);
        body.put("centralGovernmentOffice", false);
        body.put("yearBuilt", 2010);
        body.put("seismicAppraisedAndReinforced", true);
        body.put("otherSafetyHazardUnresolved", false);
        body.put("energyRetrofitted", false);
        body.put("owner", "Haidian Office Tower Co.");
        body.put("delegatedManager", "Tower Property Management Ltd.");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] == null) {
                copy.remove((String) keyValues[i]);
            } else {
                copy.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return copy;
    }

    public static Map<String, Object> limit(String type, Object guide, Object constraint) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("buildingType", type);
        row.put("guideValue", guide);
        row.put("constraintValue", constraint);
        return row;
    }

    public static Map<String, Object> reading(String carrier, Object quantity) {
        return Map.of("carrier", carrier, "quantity", quantity);
    }

    public static Map<String, Object> excluded(String category, String carrier, Object quantity) {
        return Map.of("category", category, "carrier", carrier, "quantity", quantity);
    }

    public static Map<String, Object> consumption(List<?> readings, List<?> excludedLoads) {
        return Map.of("consumption", readings, "excludedLoads", excludedLoads);
    }

    public WebTestClient.ResponseSpec post(String token, String path, Object body) {
        WebTestClient.RequestBodySpec spec = web.post().uri(path).header("Authorization", token);
        return body == null ? spec.exchange() : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public WebTestClient.ResponseSpec put(String token, String path, Object body) {
        return web.put().uri(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    public WebTestClient.ResponseSpec get(String token, String path) {
        return web.get().uri(path).header("Authorization", token).exchange();
    }

    /** Registers a building and returns its id. */
    public String register(String token, Map<String, Object> body) {
        Map<?, ?> created = post(token, "/api/energy/buildings", body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return created.get("id").toString();
    }

    /** The body of a response already checked for its status, as a JSON tree. */
    public static JsonNode json(WebTestClient.ResponseSpec response) {
        String body = response.expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body == null ? "null" : body);
    }

    /** Asserts a problem+json naming {@code field} among its errors; returns the problem. */
    public static JsonNode problem(WebTestClient.ResponseSpec response, int status, String field) {
        JsonNode problem = json(response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).startsWith("urn:municipal-platform:problem:");
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(texts(problem.path("errors"), "field")).as(problem.toString()).contains(field);
        return problem;
    }

    /** The basis of a decision as {@code document article} texts. */
    public static List<String> citations(JsonNode decision) {
        return decision.path("basis").valueStream()
                .map(b -> b.path("document").asString() + " " + b.path("article").asString()).toList();
    }

    /** The parameters the basis names for {@code article}, empty when it names none. */
    public static String parameters(JsonNode decision, String article) {
        return decision.path("basis").valueStream().filter(b -> b.path("article").asString().equals(article))
                .map(b -> b.path("parameters").asString()).findFirst().orElse("");
    }

    /** Texts of a JSON array (or of one field of each element). */
    public static List<String> texts(JsonNode array, String field) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asString() : n.path(field).asString()));
        return out;
    }

    public long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }

    /** Counts of every table a command could write, to show that a refused command wrote nothing. */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("building", "intensity_limit", "consumption_report", "consumption_line",
                "excluded_load", "rating", "obligation", "correction_order", "rating_application",
                "utility_settlement", "survey_quota", "spot_check_draw", "renewal_plan",
                "low_efficiency_nomination", "renewal_priority", "safety_appraisal", "outbox_event", "idempotency_key")) {
            counts.put(table, count("select count(*) from " + table));
        }
        return counts;
    }
}
